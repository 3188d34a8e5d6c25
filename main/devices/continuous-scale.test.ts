import { describe, expect, it } from 'vitest';
import { compileContinuousFormat } from '../../shared/scale/continuous';
import { ContinuousScale } from './continuous-scale';
import type { DeviceStatus, LiveReading } from './scale-driver';
import { MemoryPorts } from './testing/memory-link';
import { nextEvent } from './testing/protocol-peer';

describe('ContinuousScale', () => {
  it('takes a weight after three equal streamed lines, reports lines that do not match, sends nothing', async () => {
    const format = compileContinuousFormat({ pattern: '^\\s*(?<sign>[+-]?)\\s*(?<weight>\\d+\\.\\d+)\\s*(?<unit>kg|lb)\\s*$' });
    if (!format.ok) throw new Error(format.error.message);
    const ports = new MemoryPorts();
    ports.present.add('/dev/ttyS0');
    const scale = new ContinuousScale({
      port: { path: '/dev/ttyS0', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
      format: format.value,
      lineEnding: 'cr',
      pollMs: 1_000,
      stability: { mode: 'consecutive', count: 3 },
      openLink: ports.open,
    });
    const readings: LiveReading[] = [];
    const errors: string[] = [];
    scale.on('reading', (r) => readings.push(r));
    scale.on('frameError', (e) => errors.push(e.code));
    const connected = nextEvent<DeviceStatus>((l) => scale.on('status', l), (s) => s.state === 'connected', 'connected');
    scale.start();
    await connected;
    const link = ports.links[0];
    expect(link?.framing).toEqual({ delimiter: '\r' });
    for (const line of ['+  1.205kg', '\n+  1.210kg', '+  1.210kg', 'garbage', '+  1.210kg']) link?.deliver(line);
    expect(readings.map((r) => r.stableWeight?.increments ?? null)).toEqual([null, null, null, 1210]);
    expect(errors).toEqual(['PATTERN_NO_MATCH']);
    expect(link?.written).toEqual([]);
    await scale.stop();
  });

  it('a stream that falls silent marks the scale unresponsive until lines flow again', async () => {
    const format = compileContinuousFormat({ pattern: '^(?<weight>\\d+\\.\\d+)$', unit: 'kg' });
    if (!format.ok) throw new Error(format.error.message);
    const ports = new MemoryPorts();
    ports.present.add('/dev/ttyS1');
    const scale = new ContinuousScale({
      port: { path: '/dev/ttyS1', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
      format: format.value,
      lineEnding: 'crlf',
      pollMs: 1_000,
      silenceMs: 40,
      stability: { mode: 'consecutive', count: 2 },
      openLink: ports.open,
    });
    const connected = nextEvent<DeviceStatus>((l) => scale.on('status', l), (s) => s.state === 'connected', 'connected');
    scale.start();
    await connected;
    const silent = nextEvent<DeviceStatus>((l) => scale.on('status', l), (s) => s.state === 'unresponsive', 'silence');
    expect((await silent).message).toContain('sent nothing');
    const back = nextEvent<DeviceStatus>((l) => scale.on('status', l), (s) => s.state === 'connected', 'stream resumed');
    ports.links[0]?.deliver('1.500');
    await back;
    expect(scale.current()?.reading.weight).toEqual({ increments: 1500, exponent: -3, unit: 'kg' });
    await scale.stop();
  });
});
