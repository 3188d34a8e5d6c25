/** The real HidApi over node-hid (native). Kept apart so tests and the virtual scale never load the addon. */
import type { HidApi } from './hid-scale';

export async function loadNodeHidApi(): Promise<HidApi> {
  const hid = await import('node-hid');
  return {
    devices: () => hid.devices(),
    open: (path) => new hid.HID(path),
  };
}
