import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';

let prepared: Promise<unknown> | undefined;

/** zxing-wasm fetches its .wasm from a CDN by default; tests hand it the copy shipped in the package so they run offline. */
function prepare(): Promise<unknown> {
  if (!prepared) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
    prepared = Promise.resolve(prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true }));
  }
  return prepared;
}

export interface DecodedBarcode {
  format: string;
  text: string;
  /** ISO/IEC 15424 symbology identifier: ]C1 marks GS1-128 (FNC1 in first position). */
  symbologyIdentifier: string;
}

/** Every barcode zxing finds in a PNG, sorted for stable comparison. */
export async function decodeBarcodes(png: Uint8Array): Promise<DecodedBarcode[]> {
  await prepare();
  const results: ReadResult[] = await readBarcodes(new Blob([new Uint8Array(png)]), {
    tryHarder: true,
    maxNumberOfSymbols: 32,
    formats: [],
  });
  return results
    .filter((r) => r.isValid)
    .map((r) => ({ format: r.format, text: r.text, symbologyIdentifier: r.symbologyIdentifier }))
    .sort((a, b) => (a.format + a.text).localeCompare(b.format + b.text));
}

export async function decodedTexts(png: Uint8Array): Promise<string[]> {
  return [...new Set((await decodeBarcodes(png)).map((b) => b.text))].sort();
}
