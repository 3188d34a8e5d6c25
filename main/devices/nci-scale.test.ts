import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NciScale } from './nci-scale';
import type { DeviceStatus, LiveReading } from './scale-driver';
import { openSerialLink } from './serial-link';
import { createPtyPair, ensureSocat, type PtyPair } from './testing/socat-pair';
import { nextEvent, openPeer, type ProtocolPeer } from './testing/protocol-peer';

const port = (path: string) => ({ path, baudRate: 9600, dataBits: 8 as const, parity: 'none' as const, stopBits: 1 as const });
const ETX = '\x03';

/**
 * An NCI scale: W answers LF weight CR LF status CR ETX. Status byte 1 '1' (0x31) = motion, '2' (0x32) = at zero;
 * byte 2 '2' (0x32) = over capacity. Z answers with a status-only reply.
 */
function nciScale(state: { script: string[]; zeroStatus: string }) {
  return (command: string): string | undefined => {
    if (command === 'W') return state.script.length > 1 ? (state.script.shift() as string) : state.script[0];
    if (command === 'Z' || command === 'S') return `\nS${state.zeroStatus}\r${ETX}`;
    return `\n?\r${ETX}`;
  };
}

describe('NCI scale over a socat PTY pair', () => {
  let pair: PtyPair | undefined;
  let peer: ProtocolPeer | undefined;
  let scale: NciScale | undefined;

  beforeAll(() => ensureSocat());
  afterEach(async () => {
    await scale?.stop();
    await peer?.close();
    await pair?.kill();
    scale = peer = pair = undefined;
  });

  it('polls W, reports motion live, overload with its message, then takes the stable weight', async () => {
    pair = await createPtyPair('nci');
    const state = {
      script: [`\n  1.20lb\r\n10\r${ETX}`, `\n^^^^^^lb\r\n02\r${ETX}`, `\n  1.25lb\r\n00\r${ETX}`],
      zeroStatus: '20',
    };
    peer = await openPeer(pair.peer, '\r', nciScale(state));
    scale = new NciScale({ port: port(pair.device), pollMs: 40, stability: { mode: 'status' }, openLink: openSerialLink });
    const readings: LiveReading[] = [];
    scale.on('reading', (r) => readings.push(r));
    const s = scale;
    const stable = nextEvent<LiveReading>((l) => s.on('reading', l), (r) => r.stableWeight !== null, 'a stable NCI reading');
    scale.start();
    expect((await stable).stableWeight).toEqual({ increments: 125, exponent: -2, unit: 'lb' });
    expect(readings[0]).toMatchObject({ reading: { stable: false, weight: { increments: 120 } }, stableWeight: null });
    expect(readings[1]).toMatchObject({ reading: { condition: 'over-capacity', weight: null }, message: expect.stringContaining('overloaded') });
    expect(peer.received.every((c) => c === 'W')).toBe(true);
  });

  it('zero and status queries succeed on a clean status and report an error status; tare is not in the protocol', async () => {
    pair = await createPtyPair('nci-zero');
    const state = { script: [`\n  0.00lb\r\n20\r${ETX}`], zeroStatus: '20' };
    peer = await openPeer(pair.peer, '\r', nciScale(state));
    scale = new NciScale({ port: port(pair.device), pollMs: 5_000, stability: { mode: 'status' }, openLink: openSerialLink });
    const s = scale;
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'connection');
    scale.start();
    await connected;
    expect(await scale.zero()).toEqual({ ok: true });
    // byte 2 = 0x38: faulty calibration
    state.zeroStatus = '08';
    expect(await scale.zero()).toEqual({ ok: false, message: 'Scale needs calibration' });
    expect(await scale.checkStatus()).toEqual({ ok: false, message: 'Scale needs calibration' });
    state.zeroStatus = '00';
    expect(await scale.checkStatus()).toEqual({ ok: true });
    expect(peer.received).toEqual(expect.arrayContaining(['Z', 'S']));
    expect((await scale.tare()).ok).toBe(false);
  });

  it('a scale that stops answering is marked unresponsive, and recovers when it answers again', async () => {
    pair = await createPtyPair('nci-silent');
    let silent = true;
    peer = await openPeer(pair.peer, '\r', (command) => (silent || command !== 'W' ? undefined : `\n  2.00kg\r\n00\r${ETX}`));
    scale = new NciScale({ port: port(pair.device), pollMs: 20, replyTimeoutMs: 60, stability: { mode: 'status' }, openLink: openSerialLink });
    const s = scale;
    const unresponsive = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'unresponsive', 'unresponsive');
    scale.start();
    expect((await unresponsive).message).toContain('not answering');
    const back = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'answering again');
    silent = false;
    await back;
    expect(scale.status().state).toBe('connected');
  });
});
