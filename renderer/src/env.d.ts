import type { StationApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Put there by preload under Electron; by the WebSocket client under the browser host. */
    station?: StationApi;
  }
}
