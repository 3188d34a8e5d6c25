import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { crc16Ccitt, decodeAsciiHex, decodeGf, encodeAcs, encodeZ64, findGraphics, gfField, graphicLabel } from './zpl-graphic';
import type { MonoBitmap } from './raster';

const require = createRequire(import.meta.url);

function bitmapFromRows(rows: string[]): MonoBitmap {
  const rowBytes = rows[0]!.length / 2;
  return { width: rowBytes * 8, height: rows.length, rowBytes, data: Buffer.from(rows.join(''), 'hex') };
}

describe('ZPL ^GF graphics', () => {
  it('computes CRC-16-CCITT with the XMODEM parameters ZPL uses (published check value 0x31C3 for "123456789")', () => {
    expect(crc16Ccitt('123456789')).toBe(0x31c3);
  });

  it('agrees with zpl-image, an independent implementation, on the Z64 CRC', () => {
    const { rgbaToZ64 } = require('zpl-image') as { rgbaToZ64(rgba: Uint8Array, width: number, opts: object): { z64: string } };
    const rgba = new Uint8Array(16 * 4 * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba[i + 3] = i % 24 === 0 ? 255 : 0;
    const theirs = rgbaToZ64(rgba, 16, { notrim: true }).z64;
    const [, , b64, crc] = theirs.split(':');
    expect(crc16Ccitt(b64!).toString(16).padStart(4, '0')).toBe(crc);
  });

  it('writes ACS runs with G..Y for 1..19, a comma for a row ending in zeros, ! for ones and : for a repeated row', () => {
    const bitmap = bitmapFromRows(['FFFF0000', 'FFFF0000', '00000000', '0FFFFFFF', 'A5A5A5A5']);
    // FFFF = four F (J), rest zero (,); same row (:); all zero (,); 0 then F to the end (!); no runs to shorten.
    expect(encodeAcs(bitmap)).toBe('JF,:,0!A5A5A5A5');
  });

  it('uses g..z for twenties and splits runs longer than 419', () => {
    const long = bitmapFromRows(['1'.repeat(900)]);
    // 900 = 419 + 419 + 62: 419 is z (400) + Y (19), twice; 62 is i (60) + H (2).
    expect(encodeAcs(long)).toBe('zY1zY1iH1');
  });

  it('round-trips any bitmap through hex, ACS and Z64', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 }), fc.infiniteStream(fc.integer({ min: 0, max: 255 })), (rowBytes, height, stream) => {
        const values = [...stream.take(rowBytes * height)];
        // Long runs are what compression is for: repeat bytes so ACS codes and repeated rows both occur.
        const data = Uint8Array.from(values, (v, i) => (v < 128 ? 0 : v < 200 ? 0xff : values[Math.floor(i / 3) * 3]!));
        const bitmap: MonoBitmap = { width: rowBytes * 8, height, rowBytes, data };
        for (const compression of ['hex', 'acs', 'z64'] as const) {
          const [decoded] = findGraphics(`^XA^FO0,0${gfField(bitmap, compression)}^FS^XZ`);
          expect(Buffer.from(decoded!.data).equals(Buffer.from(data))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rejects Z64 data whose CRC does not match', () => {
    const z64 = encodeZ64(new Uint8Array([1, 2, 3, 4]));
    const broken = z64.slice(0, -4) + (z64.endsWith('0000') ? '0001' : '0000');
    expect(() => decodeGf({ totalBytes: 4, rowBytes: 4, data: broken })).toThrow(/CRC/);
  });

  it('rejects sizes that cannot form rows and foreign characters in hex data', () => {
    expect(() => decodeGf({ totalBytes: 5, rowBytes: 2, data: '00' })).toThrow(/do not fit/);
    expect(() => decodeAsciiHex('00#0', 2, 2)).toThrow(/Unexpected character/);
  });

  it('makes a complete label sized to the graphic', () => {
    const zpl = graphicLabel(bitmapFromRows(['FF', '00']), 'hex');
    expect(zpl).toBe('^XA^PW8^LL2^LH0,0^FO0,0^GFA,2,2,1,FF00^FS^XZ\n');
  });
});
