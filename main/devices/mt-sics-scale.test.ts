import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MtSicsScale } from './mt-sics-scale';
import type { DeviceStatus, LiveReading } from './scale-driver';
import { openSerialLink } from './serial-link';
import { createPtyPair, ensureSocat, type PtyPair } from './testing/socat-pair';
import { nextEvent, openPeer, type ProtocolPeer } from './testing/protocol-peer';

const port = (path: string) => ({ path, baudRate: 9600, dataBits: 8 as const, parity: 'none' as const, stopBits: 1 as const });

/** A Mettler Toledo scale in miniature: weight settles after a few polls, Z/T succeed unless told otherwise. */
function mtSicsScale(state: { polls: number; zeroReply: string; streaming?: ReturnType<typeof setInterval> }) {
  return (command: string, peer: ProtocolPeer): string | undefined => {
    switch (command) {
      case 'SI':
        state.polls++;
        return state.polls < 3 ? 'S D     1.230 kg\r\n' : 'S S     1.234 kg\r\n';
      case 'SIR':
        state.streaming = setInterval(() => void peer.send('S S     2.000 lb\r\n').catch(() => undefined), 30);
        return undefined;
      case '@':
        clearInterval(state.streaming);
        return 'I4 A "0123456789"\r\n';
      case 'Z':
        return `${state.zeroReply}\r\n`;
      case 'T':
        return 'T S      0.250 kg\r\n';
      default:
        return 'ES\r\n';
    }
  };
}

describe('MT-SICS scale over a socat PTY pair', () => {
  let pair: PtyPair | undefined;
  let peer: ProtocolPeer | undefined;
  let scale: MtSicsScale | undefined;

  beforeAll(() => ensureSocat());
  afterEach(async () => {
    await scale?.stop();
    await peer?.close();
    await pair?.kill();
    scale = peer = pair = undefined;
  });

  it('polls SI, shows the moving weight live and takes it once the scale reports stable', async () => {
    pair = await createPtyPair('mtsics');
    const state = { polls: 0, zeroReply: 'Z A' };
    peer = await openPeer(pair.peer, '\r\n', mtSicsScale(state));
    scale = new MtSicsScale({ port: port(pair.device), command: 'SI', pollMs: 40, stability: { mode: 'status' }, openLink: openSerialLink });
    const readings: LiveReading[] = [];
    scale.on('reading', (r) => readings.push(r));
    const s = scale;
    const stable = nextEvent<LiveReading>((l) => s.on('reading', l), (r) => r.stableWeight !== null, 'a stable reading');
    scale.start();
    const taken = await stable;
    expect(taken.stableWeight).toEqual({ increments: 1234, exponent: -3, unit: 'kg' });
    // The two dynamic replies came first, shown but not taken.
    expect(readings.slice(0, 2).map((r) => [r.reading.stable, r.stableWeight])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect(peer.received.slice(0, 3)).toEqual(['SI', 'SI', 'SI']);
    expect(scale.current()?.stableWeight).toEqual(taken.stableWeight);
  });

  it('zero and tare go to the scale; a refused zero says why', async () => {
    pair = await createPtyPair('mtsics-zero');
    const state = { polls: 10, zeroReply: 'Z A' };
    peer = await openPeer(pair.peer, '\r\n', mtSicsScale(state));
    scale = new MtSicsScale({ port: port(pair.device), command: 'SI', pollMs: 1_000, stability: { mode: 'status' }, openLink: openSerialLink });
    const s = scale;
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'connection');
    scale.start();
    await connected;
    expect(await scale.zero()).toEqual({ ok: true });
    expect(await scale.tare()).toEqual({ ok: true });
    state.zeroReply = 'Z I';
    expect(await scale.zero()).toEqual({ ok: false, message: expect.stringContaining('cannot do it now') });
    expect(peer.received).toEqual(expect.arrayContaining(['Z', 'T']));
  });

  it('SIR streams without polling and @ stops the stream on disconnect', async () => {
    pair = await createPtyPair('mtsics-sir');
    const state = { polls: 0, zeroReply: 'Z A' };
    peer = await openPeer(pair.peer, '\r\n', mtSicsScale(state));
    scale = new MtSicsScale({ port: port(pair.device), command: 'SIR', pollMs: 1_000, stability: { mode: 'consecutive', count: 3 }, openLink: openSerialLink });
    const s = scale;
    const taken = nextEvent<LiveReading>((l) => s.on('reading', l), (r) => r.stableWeight !== null, 'three equal streamed readings');
    scale.start();
    expect((await taken).stableWeight).toEqual({ increments: 2000, exponent: -3, unit: 'lb' });
    await scale.stop();
    scale = undefined;
    const p = peer;
    await nextEvent<void>((l) => {
      const timer = setInterval(() => p.received.includes('@') && l(), 10);
      return () => clearInterval(timer);
    }, () => true, 'the @ reset');
    expect(peer.received.filter((c) => c === 'SI')).toEqual([]);
  });

  it('reconnects by itself when the port disappears and comes back', async () => {
    pair = await createPtyPair('mtsics-replug');
    const state = { polls: 10, zeroReply: 'Z A' };
    peer = await openPeer(pair.peer, '\r\n', mtSicsScale(state));
    scale = new MtSicsScale({ port: port(pair.device), command: 'SI', pollMs: 40, retryMs: 100, stability: { mode: 'status' }, openLink: openSerialLink });
    const s = scale;
    const first = nextEvent<LiveReading>((l) => s.on('reading', l), (r) => r.stableWeight !== null, 'first reading');
    scale.start();
    await first;

    const lost = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'disconnected', 'disconnect');
    await peer.close();
    await pair.kill();
    await lost;
    expect(scale.current()).toBeNull();

    const back = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'reconnect');
    await pair.restart();
    peer = await openPeer(pair.peer, '\r\n', mtSicsScale(state));
    await back;
    const again = await nextEvent<LiveReading>((l) => s.on('reading', l), (r) => r.stableWeight !== null, 'reading after reconnect');
    expect(again.stableWeight).toEqual({ increments: 1234, exponent: -3, unit: 'kg' });
  });
});
