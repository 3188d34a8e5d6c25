/**
 * Amazon's 2D box content barcode (FBA): one header, then one segment group
 * per item, codes and values joined by colons and segments by commas:
 *   AMZN,PO:<shipment id>,FNSKU:<fnsku>,QTY:<n>[,EXP:<YYMMDD>],FNSKU:...
 * Amazon recommends PDF417 with module width >= 0.020 in, row height >= 3
 * modules and error correction level >= 6 (see BOX_CONTENT_PDF417).
 */

export class BoxContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoxContentError';
  }
}

export interface BoxContentItem {
  fnsku: string;
  quantity: number;
  /** Calendar date (YYYY-MM-DD) for items that carry an expiration date. */
  expiration?: string;
}

export const BOX_CONTENT_PDF417 = { minModuleIn: 0.02, minRowModules: 3, errorCorrectionLevel: 6 } as const;

/** Amazon shipment IDs are upper-case letters and digits (FBA15K2M7XYZ). */
const SHIPMENT_ID = /^[A-Z0-9]{6,20}$/;
/** FNSKUs are ten upper-case letters and digits (X00... or, for unlabelled stock, the ASIN B0...). */
const FNSKU = /^[A-Z0-9]{10}$/;

export function yymmdd(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new BoxContentError(`Expiration must be a real date as YYYY-MM-DD, got "${isoDate}"`);
  }
  return `${match[1]!.slice(2)}${match[2]}${match[3]}`;
}

export function boxContentPayload(shipmentId: string, items: readonly BoxContentItem[]): string {
  if (!SHIPMENT_ID.test(shipmentId)) throw new BoxContentError(`Shipment ID must be 6-20 upper-case letters and digits, got "${shipmentId}"`);
  if (items.length === 0) throw new BoxContentError('A box content label needs at least one item');
  const segments = ['AMZN', `PO:${shipmentId}`];
  for (const item of items) {
    if (!FNSKU.test(item.fnsku)) throw new BoxContentError(`FNSKU must be 10 upper-case letters and digits, got "${item.fnsku}"`);
    if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 99_999) {
      throw new BoxContentError(`Quantity for ${item.fnsku} must be a whole number from 1 to 99999, got ${item.quantity}`);
    }
    segments.push(`FNSKU:${item.fnsku}`, `QTY:${item.quantity}`);
    if (item.expiration !== undefined) segments.push(`EXP:${yymmdd(item.expiration)}`);
  }
  return segments.join(',');
}
