/** Public surface of scan decoding and keyboard-wedge detection, for main, the renderer and the CLI. */
export { parseScan, MAX_SCAN_LENGTH, type ScanResult, type ScanOk, type ScanInvalid, type ScanKind, type ParseScanOptions } from './parse-scan';
export type { ScanError, ScanErrorCode } from './scan-error';
export { GS, parseGs1ElementString, parseGs1Bracketed, type Gs1Element, type Gs1Date } from './gs1';
export { splitAimIdentifier, type SymbologyId } from './aim';
export { gs1CheckDigit, verifyGs1CheckDigit, expandUpcE, toGtin14, isbn10CheckCharacter } from './check-digit';
export { matchTracking, type Carrier, type TrackingMatch } from './tracking';
export { parseHidScannerReport, HidScanAssembler, HID_POS_SCANNER_USAGE_PAGE, type HidScanPacket } from './hid-pos-scanner';
export {
  WedgeDetector,
  createWedgeKeyListener,
  DEFAULT_WEDGE_OPTIONS,
  type WedgeOptions,
  type WedgeOutput,
  type WedgeTerminator,
  type WedgeKeyEvent,
  type WedgeListenerHooks,
} from './wedge';
