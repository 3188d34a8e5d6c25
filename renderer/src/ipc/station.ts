import type { Channel, RequestOf, ResponseOf, StationApi } from '../../../shared/ipc/contract';
import type { EventName, StationEvents } from '../../../shared/ipc/events';
import type { ErrorCode } from '../../../shared/ipc/reply';
import { createWebSocketStation } from './ws-station';

export class StationCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'StationCallError';
  }
}

function connect(): StationApi {
  if (window.station) return window.station;
  // Browser host: the page was opened with ?token=…; the host also set a cookie, so drop the token from the address bar.
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  if (token) window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/station${token ? `?token=${encodeURIComponent(token)}` : ''}`;
  const station = createWebSocketStation(url);
  Object.defineProperty(window, 'station', { value: station, writable: false, configurable: false });
  return station;
}

const station = connect();

/** Calls the station and returns the value, or throws a StationCallError with the station's code and message. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const reply = await station.invoke(channel, request);
  if (reply.ok) return reply.value;
  throw new StationCallError(reply.error.code, reply.error.message, reply.error.details);
}

export function subscribe<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): () => void {
  return station.on(event, listener);
}
