/** Why a scan could not be taken. Codes are stable: the renderer and scripts branch on them. */
export type ScanErrorCode =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'BAD_CHARACTER'
  | 'BAD_AIM'
  | 'CHECK_DIGIT'
  | 'BAD_LENGTH'
  | 'GS1_EMPTY'
  | 'GS1_UNKNOWN_AI'
  | 'GS1_TRUNCATED'
  | 'GS1_BAD_LENGTH'
  | 'GS1_BAD_VALUE'
  | 'GS1_BAD_DATE'
  | 'GS1_DUPLICATE_AI'
  | 'UNRECOGNISED';

export interface ScanError {
  code: ScanErrorCode;
  message: string;
  /** For CHECK_DIGIT: the digit the data should end with, and the one it does end with. */
  expected?: string;
  actual?: string;
  /** For GS1_* errors: the application identifier concerned. */
  ai?: string;
}

export function scanError(code: ScanErrorCode, message: string, extra: Omit<ScanError, 'code' | 'message'> = {}): ScanError {
  return { code, message, ...extra };
}
