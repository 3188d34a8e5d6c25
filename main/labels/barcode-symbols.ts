import bwipjs from 'bwip-js/node';
import type { BarcodeElement } from '../../shared/labels/label-layout';
import { BOX_CONTENT_PDF417 } from '../../shared/labels/box-content-2d';
import { LabelError } from './label-error';

/** Quiet zone each side of a linear symbol, in modules (Code 128 asks 10). */
export const QUIET_MODULES = 10;

export interface LinearSymbol {
  kind: 'linear';
  /** Bar, space, bar, ... widths in modules, starting with a bar. */
  widths: number[];
  modules: number;
}

export interface MatrixSymbol {
  kind: 'matrix';
  /** Width and height in modules, and one byte per module (1 = dark), row-major. */
  columns: number;
  rows: number;
  cells: ArrayLike<number>;
}

export type EncodedSymbol = LinearSymbol | MatrixSymbol;

/** PDF417 columns for a data region that fits `maxModules` modules across (17 per column plus 69 for start, stop and row indicators). */
export function pdf417Columns(maxModules: number): number {
  return Math.max(1, Math.min(30, Math.floor((maxModules - 69) / 17)));
}

/** Encodes with bwip-js (BWIPP) so PDF output and the fit checks for ZPL share one encoder. */
export function encodeSymbol(element: Pick<BarcodeElement, 'symbology' | 'data'>, pdf417Cols?: number): EncodedSymbol {
  try {
    if (element.symbology === 'pdf417') {
      const options = `columns=${pdf417Cols ?? 6} eclevel=${BOX_CONTENT_PDF417.errorCorrectionLevel} rowmult=${BOX_CONTENT_PDF417.minRowModules}`;
      const [matrix] = bwipjs.raw('pdf417', element.data, options);
      if (!matrix || !('pixs' in matrix)) throw new Error('no matrix produced');
      return { kind: 'matrix', columns: matrix.pixx, rows: matrix.pixy, cells: matrix.pixs };
    }
    const text = element.symbology === 'gs1-128' ? `(00)${element.data}` : element.data;
    const [linear] = bwipjs.raw(element.symbology, text, '');
    if (!linear || !('sbs' in linear)) throw new Error('no bars produced');
    return { kind: 'linear', widths: linear.sbs, modules: linear.sbs.reduce((sum, w) => sum + w, 0) };
  } catch (error) {
    throw new LabelError('bad-input', `Cannot encode "${element.data}" as ${element.symbology}: ${(error as Error).message}`);
  }
}

/**
 * Code 128 modules as a Zebra encodes ^BC in subset B (or subset C for the
 * GS1-128 SSCC): start, data, check and stop symbols of 11 modules, stop 13.
 */
export function zplCode128Modules(element: Pick<BarcodeElement, 'symbology' | 'data'>): number {
  if (element.symbology === 'gs1-128') return 11 + 11 + (11 * (2 + element.data.length)) / 2 + 11 + 13;
  return 11 * element.data.length + 35;
}
