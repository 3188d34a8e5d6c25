import { EventEmitter } from 'node:events';

/** A small typed wrapper over EventEmitter: `on` returns its own unsubscribe, a throwing listener is contained. */
export class TypedEmitter<Events extends Record<string, unknown>> {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  on<K extends keyof Events & string>(event: K, listener: (payload: Events[K]) => void): () => void {
    const wrapped = (payload: Events[K]) => {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[devices] ${event} listener failed:`, error instanceof Error ? error.message : error);
      }
    };
    this.emitter.on(event, wrapped);
    return () => this.emitter.off(event, wrapped);
  }

  protected emit<K extends keyof Events & string>(event: K, payload: Events[K]): void {
    this.emitter.emit(event, payload);
  }

  removeAllListeners(): void {
    this.emitter.removeAllListeners();
  }
}
