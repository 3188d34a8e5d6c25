import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceStatus } from './scale-driver';
import { openSerialLink } from './serial-link';
import { SerialScanner, type ScanEvent } from './serial-scanner';
import { createPtyPair, ensureSocat, type PtyPair } from './testing/socat-pair';
import { nextEvent, openPeer, type ProtocolPeer } from './testing/protocol-peer';

const port = (path: string) => ({ path, baudRate: 9600, dataBits: 8 as const, parity: 'none' as const, stopBits: 1 as const });

describe('serial scanner over a socat PTY pair', () => {
  let pair: PtyPair | undefined;
  let peer: ProtocolPeer | undefined;
  let scanner: SerialScanner | undefined;

  beforeAll(() => ensureSocat());
  afterEach(async () => {
    await scanner?.stop();
    await peer?.close();
    await pair?.kill();
    scanner = peer = pair = undefined;
  });

  async function connect(terminator: 'cr' | 'crlf' | { idleMs: number }): Promise<SerialScanner> {
    pair = await createPtyPair('scanner');
    peer = await openPeer(pair.peer, '\n', () => undefined);
    const s = new SerialScanner({ kind: 'serial', port: port(pair.device), terminator }, openSerialLink);
    scanner = s;
    const connected = nextEvent<DeviceStatus>((l) => s.on('status', l), (st) => st.state === 'connected', 'scanner connected');
    s.start();
    await connected;
    return s;
  }

  it('each CR-terminated frame is one decoded scan, GS kept inside GS1 data', async () => {
    const s = await connect('cr');
    const scans: ScanEvent[] = [];
    s.on('scan', (e) => scans.push(e));
    const third = nextEvent<ScanEvent>((l) => s.on('scan', l), () => scans.length >= 3, 'three scans');
    await peer?.send('X001ABCDEF\r]C10100012345678905\x1d10LOT7\r4006381333932\r');
    await third;
    expect(scans.map((e) => e.result.kind)).toEqual(['fnsku', 'gs1', 'ean13']);
    expect(scans[1]?.result).toMatchObject({ valid: true, symbology: { id: ']C1' } });
    // The damaged EAN-13 is reported, not dropped
    expect(scans[2]?.result).toMatchObject({ valid: false, error: { code: 'CHECK_DIGIT', expected: '1' } });
  });

  it('CR LF scanners give one scan per line', async () => {
    const s = await connect('crlf');
    const scans: ScanEvent[] = [];
    s.on('scan', (e) => scans.push(e));
    const second = nextEvent<ScanEvent>((l) => s.on('scan', l), () => scans.length >= 2, 'two scans');
    await peer?.send('1Z999AA10123456784\r\nTBA123456789000\r\n');
    await second;
    expect(scans.map((e) => e.result.valid && e.result.kind === 'tracking' && e.result.carrier)).toEqual(['ups', 'amazon']);
  });

  it('scanners with no terminator are split on silence', async () => {
    const s = await connect({ idleMs: 40 });
    const scan = nextEvent<ScanEvent>((l) => s.on('scan', l), () => true, 'idle-terminated scan');
    await peer?.send('FBA15K7T2X3PU000001');
    expect((await scan).result).toMatchObject({ kind: 'fba-box', boxNumber: 1 });
  });
});
