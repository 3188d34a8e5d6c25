import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { decodeBarcodes } from '../../test/support/barcode-reader';
import { declaredLabelSize, renderZplToPngs, upcAsEan13 } from './zpl-preview';
import { previewLabel } from './label-preview';
import { encodePng } from './raster';

/** A label using every command of the subset Packbench and Amazon's DF labels rely on. */
const SUBSET = `^XA^CI28^PW812^LL1218^LH20,10
^CF0,30^FO10,10^FDÜbersicht – Crème^FS
^FT10,80^A0N,40,40^FDBaseline text^FS
^FO10,100^FB400,2,0,L^A0N,25,25^FDA field block that wraps over two lines of text^FS
^FO600,10^GB120,120,120^FS
^FO610,50^FR^A0N,40,40^FDINV^FS
^FO600,160^GFA,16,16,2,FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF^FS
^FO10,170^BY2^BCN,80,N,N,N^FD12345678^FS
^FO10,290^BY2^BEN,80,Y,N^FD400638133393^FS
^FO400,290^BY2^BUN,80,Y,N,Y^FD03600029145^FS
^FO10,430^BY2,3^B3N,N,80,Y,N^FDPB39^FS
^FO10,580^BY3^B7N,9,5,6,0,N^FDAMZN,PO:FBA15K2M7XYZ,FNSKU:X001ABC9ZQ,QTY:24^FS
^FO450,580^BXN,8,200^FDDM-PACKBENCH^FS
^FO450,800^BQN,2,6^FDLA,https://packbench.example/box/1^FS
^XZ`;

function pixel(png: PNG, x: number, y: number): number {
  return png.data[(y * png.width + x) * 4]!;
}

describe('ZPL preview', () => {
  it('renders the label at printer size and every barcode of the subset reads back', async () => {
    const [bytes] = await renderZplToPngs(SUBSET, { dpi: 203, widthIn: 4, heightIn: 6 });
    const png = PNG.sync.read(bytes!);
    expect([png.width, png.height]).toEqual([812, 1218]);
    const codes = (await decodeBarcodes(bytes!)).map((c) => `${c.format}:${c.text}`).sort();
    expect(codes).toEqual(
      [
        'Code128:12345678',
        'Code39:PB39',
        'DataMatrix:DM-PACKBENCH',
        'EAN13:4006381333931',
        'PDF417:AMZN,PO:FBA15K2M7XYZ,FNSKU:X001ABC9ZQ,QTY:24',
        'QRCode:https://packbench.example/box/1',
        // UPC-A 036000291452 and EAN-13 0036000291452 are the same bars; zxing names the symbol by its EAN-13 reading.
        'EAN13:0036000291452',
      ].sort(),
    );
  });

  it('honours ^LH, ^GB, ^GF and ^FR positions', async () => {
    const [bytes] = await renderZplToPngs(SUBSET, { dpi: 203, widthIn: 4, heightIn: 6 });
    const png = PNG.sync.read(bytes!);
    // ^LH20,10 moves everything: the solid box at ^FO600,10 covers 620..739 x 20..139.
    expect(pixel(png, 625, 25)).toBe(0);
    expect(pixel(png, 615, 25)).toBe(255);
    expect(pixel(png, 745, 25)).toBe(255);
    // The ^GF graphic: 16 dots wide, 8 rows of black at 620,170.
    expect(pixel(png, 628, 174)).toBe(0);
    expect(pixel(png, 640, 174)).toBe(255);
    // ^FR text reverses the box under it: some dots inside the solid box are white again.
    let white = 0;
    for (let y = 60; y < 100; y++) for (let x = 630; x < 730; x++) if (pixel(png, x, y) > 128) white++;
    expect(white).toBeGreaterThan(50);
  });

  it('reads the size a job declares and refuses text that is not ZPL', async () => {
    expect(declaredLabelSize('^XA^PW406^LL203^XZ', 203, { widthIn: 4, heightIn: 6 })).toEqual({ dpi: 203, widthIn: 2, heightIn: 1 });
    expect(declaredLabelSize('^XA^XZ', 300, { widthIn: 4, heightIn: 6 })).toEqual({ dpi: 300, widthIn: 4, heightIn: 6 });
    await expect(renderZplToPngs('hello', { dpi: 203, widthIn: 4, heightIn: 6 })).rejects.toThrow(/\^XA/);
  });

  it('redraws UPC-A as EAN-13 with a leading zero, leaving other fields alone', () => {
    expect(upcAsEan13('^FO1,1^BY2^BUN,80,Y,N,Y^FD03600029145^FS^FO2,2^FDx^FS')).toBe('^FO1,1^BY2^BEN,80,Y,N^FD003600029145^FS^FO2,2^FDx^FS');
  });

  it('previews any label file: ZPL per label, PNG as is, and refuses other files', async () => {
    const geometry = { dpi: 203 as const, widthIn: 2, heightIn: 1 };
    const zpl = await previewLabel(Buffer.from('^XA^FO10,10^GB50,50,50^FS^XZ^XA^FO20,20^GB10,10,10^FS^XZ'), geometry);
    expect(zpl.format).toBe('zpl');
    expect(zpl.pngs).toHaveLength(2);
    const png = encodePng({ width: 2, height: 2, data: new Uint8Array(16).fill(255) });
    expect((await previewLabel(png, geometry)).pngs[0]).toBe(png);
    await expect(previewLabel(Buffer.from('GIF89a'), geometry)).rejects.toThrow(/Only ZPL, PDF and PNG/);
  });
});
