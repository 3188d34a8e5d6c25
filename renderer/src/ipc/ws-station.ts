import type { StationApi } from '../../../shared/ipc/contract';
import type { HostClientMessage, HostServerMessage } from '../../../shared/ipc/host-protocol';
import { fail, type Reply } from '../../../shared/ipc/reply';

type Pending = { resolve: (reply: Reply<unknown>) => void };

/**
 * The browser host's side of `window.station`: the same calls as Electron IPC,
 * over one WebSocket that reconnects by itself. Calls made while it is down
 * wait for the connection instead of failing.
 */
export function createWebSocketStation(url: string): StationApi & { readonly connected: boolean } {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 250;
  const pending = new Map<number, Pending>();
  const queue: HostClientMessage[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const connect = () => {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      for (const message of queue.splice(0)) ws.send(JSON.stringify(message));
    };
    ws.onmessage = (event) => {
      let message: HostServerMessage;
      try {
        message = JSON.parse(String(event.data)) as HostServerMessage;
      } catch {
        return;
      }
      if (message.type === 'reply' && message.id !== null) {
        pending.get(message.id)?.resolve(message.reply);
        pending.delete(message.id);
      } else if (message.type === 'event') {
        listeners.get(message.event)?.forEach((listener) => listener(message.payload));
      }
    };
    ws.onclose = () => {
      socket = null;
      // Calls already sent will not be answered on a new connection: tell their callers.
      for (const [id, call] of pending) {
        if (!queue.some((m) => m.id === id)) {
          call.resolve(fail('UNAVAILABLE', 'The connection to the station was lost before it answered. Try again.'));
          pending.delete(id);
        }
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  };
  connect();

  return {
    get connected() {
      return socket?.readyState === WebSocket.OPEN;
    },
    invoke(channel, request) {
      const id = nextId++;
      const message: HostClientMessage = { type: 'invoke', id, channel, payload: request };
      return new Promise((resolve) => {
        pending.set(id, { resolve: resolve as Pending['resolve'] });
        if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
        else queue.push(message);
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
