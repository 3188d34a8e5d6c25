import type { Channel, ParsedRequestOf, ResponseOf } from '../../shared/ipc/contract';

export interface CallContext {
  /** Which station window or browser tab sent the call: for the audit log, never trusted for authorisation. */
  origin: 'electron' | 'browser' | 'cli' | 'test';
}

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  ctx: CallContext,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** One typed handler map per domain; the station merges them and the compiler checks every channel has one. */
export type HandlerMap<K extends Channel> = { [C in K]: Handler<C> };
