import { create } from 'zustand';
import type { ScaleSettings, ScaleSettingsInput, ScannerSettings, ScannerSettingsInput } from '../../../shared/devices/device-settings';
import type { DeviceStatus, LiveReading, ScanEvent } from '../../../shared/devices/device-events';
import type { DevicesState } from '../../../shared/ipc/devices';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { WeightUnit } from '../../../shared/scale/weight';
import { parseScan } from '../../../shared/scan/parse-scan';
import { call, subscribe } from '../ipc/station';

/** How many scans the devices page keeps on screen; older ones are dropped. */
export const SCANS_KEPT = 20;
const UNIT_KEY = 'packbench.scaleUnit';

export type SerialPortInfo = ResponseOf<'devices:serial-ports'>[number];
export type HidScaleInfo = ResponseOf<'devices:hid-scales'>[number];

interface DevicesStore {
  loaded: boolean;
  scaleSettings: ScaleSettings | null;
  scaleStatus: DeviceStatus | null;
  reading: LiveReading | null;
  scannerSettings: ScannerSettings | null;
  scannerStatus: DeviceStatus | null;
  /** Newest first. */
  scans: ScanEvent[];
  /** The unit weights are shown in; null shows what the scale reports. Kept per window in localStorage. */
  displayUnit: WeightUnit | null;
  serialPorts: SerialPortInfo[];
  hidScales: HidScaleInfo[];
  load(): Promise<void>;
  loadPorts(): Promise<void>;
  loadHidScales(): Promise<void>;
  setScale(settings: ScaleSettingsInput): Promise<void>;
  setScanner(settings: ScannerSettingsInput | null): Promise<void>;
  setVirtualWeight(text: string, unit: WeightUnit): Promise<void>;
  zero(): Promise<void>;
  tare(): Promise<void>;
  setDisplayUnit(unit: WeightUnit | null): void;
  /** A keyboard-wedge scan caught in this window, decoded here, listed with the serial and HID scans. */
  addWedgeScan(raw: string): void;
}

function savedUnit(): WeightUnit | null {
  const saved = window.localStorage.getItem(UNIT_KEY);
  return saved === 'g' || saved === 'kg' || saved === 'oz' || saved === 'lb' ? saved : null;
}

function fromState(state: DevicesState): Partial<DevicesStore> {
  return {
    loaded: true,
    scaleSettings: state.scale?.settings ?? null,
    scaleStatus: state.scale?.status ?? null,
    reading: state.scale?.reading ?? null,
    scannerSettings: state.scanner?.settings ?? null,
    scannerStatus: state.scanner?.status ?? null,
  };
}

export const useDevicesStore = create<DevicesStore>((set) => ({
  loaded: false,
  scaleSettings: null,
  scaleStatus: null,
  reading: null,
  scannerSettings: null,
  scannerStatus: null,
  scans: [],
  displayUnit: savedUnit(),
  serialPorts: [],
  hidScales: [],
  async load() {
    set(fromState(await call('devices:state', {})));
  },
  async loadPorts() {
    set({ serialPorts: await call('devices:serial-ports', {}) });
  },
  async loadHidScales() {
    set({ hidScales: await call('devices:hid-scales', {}) });
  },
  async setScale(settings) {
    set(fromState(await call('devices:set-scale', { settings })));
  },
  async setScanner(settings) {
    set(fromState(await call('devices:set-scanner', { settings })));
  },
  async setVirtualWeight(text, unit) {
    await call('devices:virtual-weight', { text, unit });
  },
  async zero() {
    await call('devices:zero', {});
  },
  async tare() {
    await call('devices:tare', {});
  },
  setDisplayUnit(unit) {
    if (unit) window.localStorage.setItem(UNIT_KEY, unit);
    else window.localStorage.removeItem(UNIT_KEY);
    set({ displayUnit: unit });
  },
  addWedgeScan(raw) {
    const scan: ScanEvent = { source: 'wedge', result: parseScan(raw), at: Date.now() };
    set((s) => ({ scans: [scan, ...s.scans].slice(0, SCANS_KEPT) }));
  },
}));

subscribe('devices:reading', (reading) => useDevicesStore.setState({ reading }));
subscribe('devices:status', ({ device, status }) =>
  useDevicesStore.setState(device === 'scale' ? { scaleStatus: status } : { scannerStatus: status }),
);
subscribe('devices:scan', (scan) => useDevicesStore.setState((s) => ({ scans: [scan, ...s.scans].slice(0, SCANS_KEPT) })));
