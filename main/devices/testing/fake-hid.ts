/** Test support: a fake node-hid whose device list tests change (plug/unplug) and whose handles replay reports. */
import { EventEmitter } from 'node:events';
import type { HidApi, HidDeviceHandle, HidDeviceInfo } from '../hid-scale';

export class FakeHidDevice extends EventEmitter implements HidDeviceHandle {
  closed = false;
  report(bytes: readonly number[]): void {
    this.emit('data', Buffer.from(bytes));
  }
  close(): void {
    this.closed = true;
  }
}

export class FakeHid implements HidApi {
  list: HidDeviceInfo[] = [];
  opened: FakeHidDevice[] = [];
  devices(): HidDeviceInfo[] {
    return this.list;
  }
  open(path: string): HidDeviceHandle {
    if (!this.list.some((d) => d.path === path)) throw new Error(`cannot open device with path ${path}`);
    const device = new FakeHidDevice();
    this.opened.push(device);
    return device;
  }
}
