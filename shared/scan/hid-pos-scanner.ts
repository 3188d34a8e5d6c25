/**
 * USB HID POS barcode scanners (HID usage page 0x8C) deliver each scan as input reports in the layout Honeywell
 * and compatible scanners use for the Scanned Data Report:
 *   byte 0 report id 2, byte 1 number of data bytes in this report, bytes 2-4 the AIM symbology identifier
 *   (zeros when the scanner sends none), then the data; in a 64-byte report the last byte's bit 0 says more
 *   reports of the same scan follow. Unlike a keyboard wedge, nothing is typed and nothing depends on timing.
 */

export const HID_POS_SCANNER_USAGE_PAGE = 0x8c;
export const HID_SCANNED_DATA_REPORT = 2;
const FULL_REPORT = 64;
const HEADER = 5;

export interface HidScanPacket {
  /** The AIM identifier (e.g. `]C1`), or '' when the scanner sent zeros. */
  symbology: string;
  data: string;
  more: boolean;
}

export type HidScanReportResult = { ok: true; packet: HidScanPacket } | { ok: false; code: 'HID_SHORT_REPORT' | 'HID_REPORT_ID' | 'HID_BAD_LENGTH' | 'HID_BYTE'; message: string };

export function parseHidScannerReport(report: ArrayLike<number>): HidScanReportResult {
  if (!report || typeof report.length !== 'number' || report.length < HEADER) {
    return { ok: false, code: 'HID_SHORT_REPORT', message: `HID scanner report has ${report?.length ?? 0} bytes, needs at least ${HEADER}` };
  }
  const bytes: number[] = [];
  for (let i = 0; i < report.length; i++) {
    const b = report[i];
    if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b > 255) return { ok: false, code: 'HID_BYTE', message: `HID scanner report byte ${i} is not a byte` };
    bytes.push(b);
  }
  if (bytes[0] !== HID_SCANNED_DATA_REPORT) {
    return { ok: false, code: 'HID_REPORT_ID', message: `HID report id ${bytes[0]} is not the scanned data report (${HID_SCANNED_DATA_REPORT})` };
  }
  const length = bytes[1] as number;
  // A full report reserves its last three bytes (vendor code and the continuation flag) after the data.
  const room = bytes.length >= FULL_REPORT ? FULL_REPORT - 3 - HEADER : bytes.length - HEADER;
  if (length > room) return { ok: false, code: 'HID_BAD_LENGTH', message: `HID scanner report claims ${length} data bytes but has room for ${room}` };
  const sym = bytes.slice(2, 5);
  const symbology = sym.every((b) => b === 0) ? '' : String.fromCharCode(...sym);
  const data = String.fromCharCode(...bytes.slice(HEADER, HEADER + length));
  const more = bytes.length >= FULL_REPORT && ((bytes[FULL_REPORT - 1] as number) & 1) === 1;
  return { ok: true, packet: { symbology, data, more } };
}

export type HidScanAssembly = { type: 'scan'; raw: string } | { type: 'partial' } | { type: 'error'; message: string };

/** Joins the reports of one scan; the AIM identifier, when sent, is put back in front for parseScan. */
export class HidScanAssembler {
  private parts: string[] = [];
  private symbology = '';

  push(report: ArrayLike<number>): HidScanAssembly {
    const parsed = parseHidScannerReport(report);
    if (!parsed.ok) {
      this.parts = [];
      return { type: 'error', message: parsed.message };
    }
    if (this.parts.length === 0) this.symbology = parsed.packet.symbology.startsWith(']') ? parsed.packet.symbology : '';
    this.parts.push(parsed.packet.data);
    if (parsed.packet.more) return { type: 'partial' };
    const raw = this.symbology + this.parts.join('');
    this.parts = [];
    return { type: 'scan', raw };
  }
}
