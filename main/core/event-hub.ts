import type { EventName, StationEvents } from '../../shared/ipc/events';

export type EventListener = <E extends EventName>(event: E, payload: StationEvents[E]) => void;

/** Fans main's events out to every connected window; a failing listener never stops the others. */
export class EventHub {
  private listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: StationEvents[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        console.error(`[events] listener failed for ${event}:`, error instanceof Error ? error.message : error);
      }
    }
  }
}
