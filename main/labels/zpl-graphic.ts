import { deflateSync, inflateSync } from 'node:zlib';
import { LabelError } from './label-error';
import type { MonoBitmap } from './raster';

/**
 * How ^GF graphic data travels. `z64` (zlib + base64 + CRC) is smallest and is
 * understood by every Zebra with firmware from the last twenty years; `acs`
 * (ZPL's run-length scheme) works on older printers; `hex` is uncompressed.
 */
export type GfCompression = 'z64' | 'acs' | 'hex';

const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[i] = crc;
  }
  return table;
})();

/** CRC-16-CCITT (polynomial 0x1021, initial 0), which ZPL appends to Z64 and B64 data, over the base64 text. */
export function crc16Ccitt(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) {
    crc = (CRC_TABLE[((crc >> 8) ^ text.charCodeAt(i)) & 0xff]! ^ (crc << 8)) & 0xffff;
  }
  return crc;
}

function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex').toUpperCase();
}

/** ACS repeat count: G..Y are 1..19, g..z are 20..400 in twenties; a count above 419 is split. */
function acsCount(n: number): string {
  let out = '';
  const twenties = Math.floor(n / 20);
  if (twenties > 0) out += String.fromCharCode('g'.charCodeAt(0) + twenties - 1);
  if (n % 20 > 0) out += String.fromCharCode('G'.charCodeAt(0) + (n % 20) - 1);
  return out;
}

function acsRow(hex: string): string {
  let out = '';
  let i = 0;
  while (i < hex.length) {
    const ch = hex[i]!;
    let j = i;
    while (j < hex.length && hex[j] === ch) j++;
    if (j === hex.length && ch === '0') return `${out},`;
    if (j === hex.length && ch === 'F') return `${out}!`;
    let run = j - i;
    while (run > 0) {
      const part = Math.min(run, 419);
      out += (part > 1 ? acsCount(part) : '') + ch;
      run -= part;
    }
    i = j;
  }
  return out;
}

export function encodeAcs(bitmap: MonoBitmap): string {
  const { rowBytes, height, data } = bitmap;
  let out = '';
  let previous: string | undefined;
  for (let y = 0; y < height; y++) {
    const hex = toHex(data.subarray(y * rowBytes, (y + 1) * rowBytes));
    out += hex === previous ? ':' : acsRow(hex);
    previous = hex;
  }
  return out;
}

export function encodeZ64(bytes: Uint8Array): string {
  const b64 = deflateSync(bytes, { level: 9 }).toString('base64');
  return `:Z64:${b64}:${crc16Ccitt(b64).toString(16).padStart(4, '0')}`;
}

/** The ^GF field that prints `bitmap` at the current field origin. */
export function gfField(bitmap: MonoBitmap, compression: GfCompression = 'z64'): string {
  const total = bitmap.rowBytes * bitmap.height;
  const body = compression === 'z64' ? encodeZ64(bitmap.data) : compression === 'acs' ? encodeAcs(bitmap) : toHex(bitmap.data);
  return `^GFA,${total},${total},${bitmap.rowBytes},${body}`;
}

/** A whole one-graphic label: print width and length set to the bitmap, graphic at the top left. */
export function graphicLabel(bitmap: MonoBitmap, compression: GfCompression = 'z64'): string {
  return `^XA^PW${bitmap.width}^LL${bitmap.height}^LH0,0^FO0,0${gfField(bitmap, compression)}^FS^XZ\n`;
}

function decodeBase64Payload(data: string, kind: 'Z64' | 'B64'): Uint8Array {
  const match = /^:(?:Z64|B64):([A-Za-z0-9+/=\s]*):?([0-9A-Fa-f]{4})?$/.exec(data.trim());
  if (!match) throw new LabelError('bad-zpl', `Malformed :${kind}: graphic data`);
  const b64 = match[1]!.replace(/\s+/g, '');
  if (match[2] !== undefined && parseInt(match[2], 16) !== crc16Ccitt(b64)) {
    throw new LabelError('bad-zpl', `:${kind}: graphic data fails its CRC check (damaged in transit?)`);
  }
  const raw = Buffer.from(b64, 'base64');
  if (kind === 'B64') return raw;
  try {
    return inflateSync(raw);
  } catch (error) {
    throw new LabelError('bad-zpl', `:Z64: graphic data does not inflate: ${(error as Error).message}`);
  }
}

/** Expands ASCII hex that may use ACS run-length codes into `rowBytes`-wide rows. */
export function decodeAsciiHex(data: string, rowBytes: number, totalBytes: number): Uint8Array {
  const rowNibbles = rowBytes * 2;
  const out = new Uint8Array(totalBytes);
  let row: string[] = [];
  let previous = '0'.repeat(rowNibbles);
  let rowIndex = 0;
  let count = 0;
  const flush = (fill?: string) => {
    if (fill !== undefined) while (row.length < rowNibbles) row.push(fill);
    const text = row.join('').padEnd(rowNibbles, '0');
    if (rowIndex * rowBytes < totalBytes) out.set(Buffer.from(text, 'hex').subarray(0, Math.min(rowBytes, totalBytes - rowIndex * rowBytes)), rowIndex * rowBytes);
    previous = text;
    rowIndex++;
    row = [];
  };
  for (const ch of data) {
    if (ch >= 'G' && ch <= 'Y') count += ch.charCodeAt(0) - 'G'.charCodeAt(0) + 1;
    else if (ch >= 'g' && ch <= 'z') count += (ch.charCodeAt(0) - 'g'.charCodeAt(0) + 1) * 20;
    else if (/[0-9A-Fa-f]/.test(ch)) {
      for (let k = Math.max(count, 1); k > 0; k--) {
        row.push(ch.toUpperCase());
        if (row.length === rowNibbles) flush();
      }
      count = 0;
    } else if (ch === ',') {
      flush('0');
      count = 0;
    } else if (ch === '!') {
      flush('F');
      count = 0;
    } else if (ch === ':') {
      if (row.length) flush('0');
      row = previous.split('');
      flush();
    } else if (!/\s/.test(ch)) {
      throw new LabelError('bad-zpl', `Unexpected character "${ch}" in ^GF hex data`);
    }
  }
  if (row.length) flush('0');
  return out;
}

/** Reads back a ^GF command's parameters and data (ASCII form, any compression) into a bitmap. */
export function decodeGf(params: { totalBytes: number; rowBytes: number; data: string }): MonoBitmap {
  const { totalBytes, rowBytes, data } = params;
  if (!(rowBytes > 0 && totalBytes > 0 && totalBytes % rowBytes === 0)) {
    throw new LabelError('bad-zpl', `^GF sizes do not fit: ${totalBytes} bytes in rows of ${rowBytes}`);
  }
  const trimmed = data.trim();
  let bytes: Uint8Array;
  if (trimmed.startsWith(':Z64:')) bytes = decodeBase64Payload(trimmed, 'Z64');
  else if (trimmed.startsWith(':B64:')) bytes = decodeBase64Payload(trimmed, 'B64');
  else bytes = decodeAsciiHex(trimmed, rowBytes, totalBytes);
  if (bytes.length < totalBytes) {
    const padded = new Uint8Array(totalBytes);
    padded.set(bytes);
    bytes = padded;
  }
  return { width: rowBytes * 8, height: totalBytes / rowBytes, rowBytes, data: bytes.subarray(0, totalBytes) };
}

/** Finds every ^GF graphic in a ZPL job (for checks and size reports). */
export function findGraphics(zpl: string): MonoBitmap[] {
  const out: MonoBitmap[] = [];
  const re = /\^GFA,(\d+),(\d+),(\d+),([^^~]*)/g;
  for (let m = re.exec(zpl); m; m = re.exec(zpl)) {
    out.push(decodeGf({ totalBytes: Number(m[2]), rowBytes: Number(m[3]), data: m[4]! }));
  }
  return out;
}
