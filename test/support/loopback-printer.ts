import { createServer, type Server, type Socket } from 'node:net';

/**
 * A stand-in network label printer on 127.0.0.1: it records every byte each
 * connection sends, and answers ~HS like a Zebra when given a status reply.
 */
export interface LoopbackPrinter {
  port: number;
  /** Resolves with the bytes of the next connection that closes after sending data. */
  nextJob(timeoutMs?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startLoopbackPrinter(options: { hostStatusReply?: string } = {}): Promise<LoopbackPrinter> {
  const finished: Buffer[] = [];
  const waiters: ((job: Buffer) => void)[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (options.hostStatusReply && Buffer.concat(chunks).toString('latin1').includes('~HS')) socket.write(options.hostStatusReply);
    });
    socket.on('end', () => {
      const job = Buffer.concat(chunks);
      socket.end();
      if (job.length === 0 || job.toString('latin1').trim() === '~HS') return;
      const waiter = waiters.shift();
      if (waiter) waiter(job);
      else finished.push(job);
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('loopback printer has no port');
  return {
    port: address.port,
    nextJob(timeoutMs = 20_000) {
      const ready = finished.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No print job reached 127.0.0.1:${address.port} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((job) => {
          clearTimeout(timer);
          resolve(job);
        });
      });
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
