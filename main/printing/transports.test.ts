import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { addRawQueue, ensureCupsd, removeQueue } from '../../test/support/cups';
import { startLoopbackPrinter, type LoopbackPrinter } from '../../test/support/loopback-printer';
import { tempDir } from '../../test/support/temp-dir';
import { fnskuLabel } from '../../shared/labels/label-designs';
import { layoutsToPdf } from '../labels/layout-pdf';
import { layoutToZpl } from '../labels/layout-zpl';
import { CupsTransport } from './cups-transport';
import { TcpTransport } from './tcp-transport';
import { VirtualPrinter } from './virtual-printer';

const STX = '\x02';
const ETX = '\x03';
const hostStatus = (paperOut: 0 | 1, paused: 0 | 1, headOpen: 0 | 1) =>
  `${STX}030,${paperOut},${paused},1245,000,0,0,0,000,0,0,0${ETX}\r\n${STX}001,0,${headOpen},0,1,2,6,0,00000000,1,000${ETX}\r\n${STX}1234,0${ETX}\r\n`;

/** A job with every kind of byte a label job carries: UTF-8 text, ^FH escapes, binary-looking Z64 and CR/LF. */
const zplJob = Buffer.concat([
  Buffer.from(layoutToZpl(fnskuLabel({ fnsku: 'X001ABC9ZQ', title: 'Crème brûlée torch ~ 50 ml ^ butane', condition: 'New' }, { widthIn: 2.25, heightIn: 1.25 }), 203)),
  Buffer.from('^XA^FO0,0^GFA,8,8,1,:Z64:eJxjYGBgAAAABAAB:0000^FS^XZ\r\n', 'latin1'),
]);

describe('raw TCP 9100', () => {
  let printer: LoopbackPrinter;
  beforeAll(async () => {
    printer = await startLoopbackPrinter({ hostStatusReply: hostStatus(0, 0, 0) });
  });
  afterAll(() => printer.close());

  it('delivers the exact bytes to the printer', async () => {
    const transport = new TcpTransport({ host: '127.0.0.1', port: printer.port });
    const [sent, received] = await Promise.all([transport.send({ format: 'zpl', bytes: zplJob, title: 't' }), printer.nextJob()]);
    expect(received.equals(zplJob)).toBe(true);
    expect(sent.bytes).toBe(zplJob.length);
  });

  it('reads ~HS host status: ready, out of labels, paused and head open', async () => {
    expect((await new TcpTransport({ host: '127.0.0.1', port: printer.port }).status()).state).toBe('ready');
    for (const [reply, state] of [
      [hostStatus(1, 0, 0), 'paper-out'],
      [hostStatus(0, 1, 0), 'paused'],
      [hostStatus(1, 1, 1), 'head-open'],
    ] as const) {
      const zebra = await startLoopbackPrinter({ hostStatusReply: reply });
      const status = await new TcpTransport({ host: '127.0.0.1', port: zebra.port }).status();
      await zebra.close();
      expect(status.state).toBe(state);
    }
  });

  it('finishes a job to a print server that never closes its side, once every byte has left', async () => {
    const received: Buffer[] = [];
    const server = createServer((socket) => {
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      await new TcpTransport({ host: '127.0.0.1', port }).send({ format: 'zpl', bytes: zplJob, title: 't' });
      expect(Buffer.concat(received).equals(zplJob)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('says the printer is offline when nothing listens, and refuses PDF', async () => {
    const gone = await startLoopbackPrinter();
    const port = gone.port;
    await gone.close();
    const transport = new TcpTransport({ host: '127.0.0.1', port });
    await expect(transport.send({ format: 'zpl', bytes: zplJob, title: 't' })).rejects.toMatchObject({ code: 'offline' });
    expect((await transport.status()).state).toBe('offline');
    await expect(transport.send({ format: 'pdf', bytes: Buffer.from('%PDF-'), title: 't' })).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('CUPS raw queue (lp -o raw) forwarding to a socket:// printer', () => {
  const queue = `packbench_test_${process.pid}`;
  let printer: LoopbackPrinter;
  beforeAll(async () => {
    await ensureCupsd();
    printer = await startLoopbackPrinter();
    addRawQueue(queue, printer.port);
  });
  afterAll(async () => {
    removeQueue(queue);
    await printer?.close();
  });

  it('delivers the exact bytes through the scheduler and the socket backend', async () => {
    const transport = new CupsTransport(queue, { raw: true });
    const sent = await transport.send({ format: 'zpl', bytes: zplJob, title: 'Packbench test' });
    expect(sent.jobId).toMatch(new RegExp(`^${queue}-\\d+$`));
    const received = await printer.nextJob(30_000);
    expect(received.equals(zplJob)).toBe(true);
    // Once the backend has handed the job on, CUPS no longer lists it as pending.
    let pending = true;
    for (let i = 0; i < 50 && pending; i++) {
      pending = await transport.isPending(sent.jobId);
      if (pending) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(pending).toBe(false);
  });

  it('reports the queue ready, then paused once disabled, and names a missing queue', async () => {
    const transport = new CupsTransport(queue, { raw: true });
    expect((await transport.status()).state).toBe('ready');
    spawnSync('cupsdisable', [queue]);
    try {
      expect((await transport.status()).state).toBe('paused');
    } finally {
      spawnSync('cupsenable', [queue]);
    }
    const missing = new CupsTransport(`${queue}_missing`, { raw: true });
    await expect(missing.send({ format: 'zpl', bytes: zplJob, title: 't' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('virtual printer', () => {
  it('writes each job as its file with PNG previews of every label or page', async () => {
    const dir = tempDir();
    try {
      const printer = new VirtualPrinter(dir.path, { dpi: 203, widthIn: 2.25, heightIn: 1.25 }, () => new Date('2026-01-02T03:04:05Z'));
      const zpl = await printer.send({ format: 'zpl', bytes: zplJob, title: 'FNSKU labels' });
      expect(readFileSync(zpl.destination).equals(zplJob)).toBe(true);
      // The job holds two ^XA..^XZ labels, so two previews.
      expect(zpl.files!.filter((f) => f.endsWith('.png'))).toHaveLength(2);
      const preview = PNG.sync.read(readFileSync(zpl.files![1]!));
      expect([preview.width, preview.height]).toEqual([457, 254]);

      const pdfBytes = await layoutsToPdf([fnskuLabel({ fnsku: 'X001ABC9ZQ', title: 'x', condition: 'New' }, { widthIn: 2, heightIn: 1 })]);
      const pdf = await printer.send({ format: 'pdf', bytes: pdfBytes, title: 'sheet' });
      expect(pdf.destination.endsWith('.pdf')).toBe(true);
      expect(readdirSync(dir.path).sort()).toEqual(
        [zpl.destination, ...zpl.files!.slice(1), pdf.destination, ...pdf.files!.slice(1)].map((f) => f.slice(join(dir.path, '/').length)).sort(),
      );
    } finally {
      dir.cleanup();
    }
  });
});
