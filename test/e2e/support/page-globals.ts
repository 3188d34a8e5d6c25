import type { StationApi } from '../../../shared/ipc/contract';

/** What a test may look for on the page's global object. */
export interface PageGlobals {
  station?: StationApi;
  require?: unknown;
  process?: unknown;
  module?: unknown;
}
