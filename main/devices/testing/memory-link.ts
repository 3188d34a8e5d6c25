/** Test support: an in-memory OpenSerialLink whose ports tests open, feed frames into, and unplug. */
import type { SerialPortSettings } from '../../../shared/devices/device-settings';
import type { Framing, OpenSerialLink, SerialLink } from '../serial-link';

export class MemoryLink implements SerialLink {
  written: string[] = [];
  closed = false;
  private frameListeners = new Set<(frame: string) => void>();
  private lostListeners = new Set<(reason: string) => void>();

  constructor(
    readonly path: string,
    readonly framing: Framing,
  ) {}

  onFrame(listener: (frame: string) => void): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  onLost(listener: (reason: string) => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  async write(text: string): Promise<void> {
    this.written.push(text);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  deliver(frame: string): void {
    for (const l of this.frameListeners) l(frame);
  }

  unplug(reason = 'device removed'): void {
    for (const l of this.lostListeners) l(reason);
  }
}

export class MemoryPorts {
  present = new Set<string>();
  links: MemoryLink[] = [];

  readonly open: OpenSerialLink = async (settings: SerialPortSettings, framing: Framing) => {
    if (!this.present.has(settings.path)) throw new Error(`Cannot open ${settings.path}: No such file or directory`);
    const link = new MemoryLink(settings.path, framing);
    this.links.push(link);
    return link;
  };
}
