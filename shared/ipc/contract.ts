import type { z } from 'zod';
import { accountsChannels } from './accounts';
import { settingsChannels } from './settings';
import { stationChannels } from './station';
import { syncChannels } from './sync';
import { inboundChannels } from './inbound';
import { inboundExportChannels } from './inbound-export';
import { inboundAfterChannels } from './inbound-after';
import { inboundFreightChannels } from './inbound-freight';
import { printChannels } from './print';
import { devicesChannels } from './devices';
import { vendorDfChannels } from './vendor-df';
import { retailChannels } from './retail';
import { mcfChannels } from './mcf';
import { conflictsChannels } from './conflicts';
import type { Reply } from './reply';
import type { EventName, StationEvents } from './events';

/** The whole IPC contract: one map per domain, merged. Channel names are `domain:verb`. */
export const contract = {
  ...stationChannels,
  ...settingsChannels,
  ...accountsChannels,
  ...syncChannels,
  ...inboundChannels,
  ...inboundExportChannels,
  ...inboundAfterChannels,
  ...inboundFreightChannels,
  ...printChannels,
  ...devicesChannels,
  ...vendorDfChannels,
  ...retailChannels,
  ...mcfChannels,
  ...conflictsChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer sends. */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives after parsing. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The one object preload (or the browser host's client) puts on `window.station`. */
export interface StationApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Reply<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): () => void;
}
