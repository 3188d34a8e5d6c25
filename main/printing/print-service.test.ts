import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { decodedTexts } from '../../test/support/barcode-reader';
import { startLoopbackPrinter, type LoopbackPrinter } from '../../test/support/loopback-printer';
import { tempDir } from '../../test/support/temp-dir';
import { fnskuLabel } from '../../shared/labels/label-designs';
import { layoutsToPdf } from '../labels/layout-pdf';
import { renderZplToPngs } from '../labels/zpl-preview';
import { applyZplCalibration, PrintService } from './print-service';
import { PrinterProfileStore, VIRTUAL_PRINTER_NAME } from './printer-profiles';

const label = fnskuLabel({ fnsku: 'X001ABC9ZQ', title: 'Bamboo cutting board', condition: 'New' }, { widthIn: 2.25, heightIn: 1.25 });

describe('PrintService', () => {
  let printer: LoopbackPrinter;
  const service = new PrintService();
  const zebra = () => ({ name: 'Zebra', language: 'zpl' as const, dpi: 203 as const, widthIn: 2.25, heightIn: 1.25, connection: { kind: 'tcp' as const, host: '127.0.0.1', port: printer.port } });
  beforeAll(async () => {
    printer = await startLoopbackPrinter();
  });
  afterAll(() => printer.close());

  it('rasterises a PDF for a ZPL printer, applies darkness and offsets, and the printed label still scans', async () => {
    const pdf = await layoutsToPdf([label]);
    const [result, bytes] = await Promise.all([
      service.print({ kind: 'fnsku', format: 'pdf', bytes: pdf }, { ...zebra(), darkness: 15, offsetXDots: 8, offsetYDots: 4 }),
      printer.nextJob(),
    ]);
    expect(result).toMatchObject({ format: 'zpl', convertedFrom: 'pdf' });
    const zpl = bytes.toString('utf8');
    expect(zpl.startsWith('~SD15\n^XA^LS-8^LT4')).toBe(true);
    expect(zpl).toContain('^GFA,');
    const [png] = await renderZplToPngs(zpl, { dpi: 203, widthIn: 2.25, heightIn: 1.25 });
    expect(await decodedTexts(png!)).toEqual(['X001ABC9ZQ']);
  });

  it('sends its own labels as native ZPL and a test print that scans', async () => {
    const [, bytes] = await Promise.all([service.testPrint(zebra()), printer.nextJob()]);
    const zpl = bytes.toString('utf8');
    expect(zpl).toContain('^BC');
    expect(zpl).not.toContain('^GF');
    const [png] = await renderZplToPngs(zpl, { dpi: 203, widthIn: 2.25, heightIn: 1.25 });
    expect(await decodedTexts(png!)).toEqual(['PACKBENCH-TEST']);
  });

  it('turns ZPL into a PDF for a PDF printer (virtual here) and keeps the barcode', async () => {
    const dir = tempDir();
    try {
      const zebraZpl = Buffer.from((await service.render({ kind: 'fnsku', labels: [label] }, { ...zebra(), offsetXDots: 0, offsetYDots: 0, mono: 'threshold', compression: 'z64' })).bytes);
      const result = await service.print({ kind: 'shipping-label', format: 'zpl', bytes: zebraZpl }, { name: 'Files', language: 'pdf', widthIn: 2.25, heightIn: 1.25, connection: { kind: 'virtual', dir: dir.path } });
      expect(result).toMatchObject({ format: 'pdf', convertedFrom: 'zpl' });
      expect(readFileSync(result.destination).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await decodedTexts(readFileSync(result.files![1]!))).toEqual(['X001ABC9ZQ']);
    } finally {
      dir.cleanup();
    }
  });

  it('refuses a job whose bytes are not what it claims and profiles that cannot work', async () => {
    await expect(service.print({ kind: 'document', format: 'pdf', bytes: Buffer.from('^XA^XZ') }, zebra())).rejects.toThrow(/says PDF but its bytes are ZPL/);
    await expect(service.print({ kind: 'test', labels: [label] }, { ...zebra(), language: 'pdf' })).rejects.toMatchObject({ code: 'bad-profile' });
    await expect(service.print({ kind: 'test', labels: [label] }, { ...zebra(), dpi: 250 as 203 })).rejects.toMatchObject({ code: 'bad-profile' });
  });

  it('places calibration after every ^XA of a multi-label job', () => {
    expect(applyZplCalibration('^XA^FDa^FS^XZ^XA^FDb^FS^XZ', { offsetXDots: -5, offsetYDots: 0 })).toBe('^XA^LS5^LT0^FDa^FS^XZ^XA^LS5^LT0^FDb^FS^XZ');
    expect(applyZplCalibration('^XA^XZ', { offsetXDots: 0, offsetYDots: 0 })).toBe('^XA^XZ');
  });
});

describe('printer profiles per station', () => {
  it('starts with the virtual printer, saves, finds case-insensitively and removes profiles', () => {
    const dir = tempDir();
    try {
      const store = new PrinterProfileStore(dir.path);
      expect(store.list().map((p) => [p.name, p.connection.kind])).toEqual([[VIRTUAL_PRINTER_NAME, 'virtual']]);
      store.save({ name: 'Dock Zebra', language: 'zpl', dpi: 300, connection: { kind: 'tcp', host: '10.0.0.9', port: 9100 } });
      expect(new PrinterProfileStore(dir.path).get('dock zebra')).toMatchObject({ dpi: 300, widthIn: 4, heightIn: 6, connection: { host: '10.0.0.9' } });
      expect(store.remove('Dock Zebra')).toBe(true);
      expect(store.remove('Dock Zebra')).toBe(false);
      expect(() => store.save({ name: 'Bad', language: 'zpl', connection: { kind: 'tcp', host: '', port: 9100 } })).toThrow(/connection.host/);
      writeFileSync(`${dir.path}/printers.json`, '{"profiles": [{"name": 1}]}');
      expect(() => store.list()).toThrow(/invalid printer profile/);
    } finally {
      dir.cleanup();
    }
  });
});
