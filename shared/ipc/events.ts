import { z } from 'zod';
import { AccountSummary } from './accounts';
import { StationSettings } from './settings';
import { SyncStatus } from './sync';
import { DeviceStatusEvent, LiveReading, ScanEvent } from '../devices/device-events';

/** What main pushes to the renderer. Each event names the data that changed so a store refetches only that. */
export const stationEvents = {
  'accounts:changed': z.object({ accounts: z.array(AccountSummary) }),
  'settings:changed': StationSettings,
  'sync:status': SyncStatus,
  'devices:reading': LiveReading,
  'devices:status': DeviceStatusEvent,
  'devices:scan': ScanEvent,
};

export type StationEvents = { [K in keyof typeof stationEvents]: z.output<(typeof stationEvents)[K]> };
export type EventName = keyof StationEvents;
