/**
 * Test support: the far end of a PTY pair, opened with serialport like a real device's UART, answering commands
 * through a handler. It plays MT-SICS and NCI scales and serial scanners in the driver tests.
 */
import { DelimiterParser, SerialPort } from 'serialport';

export interface ProtocolPeer {
  /** Commands received so far, delimiter removed. */
  received: string[];
  send(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPeer(path: string, commandDelimiter: string, answer: (command: string, peer: ProtocolPeer) => string | undefined): Promise<ProtocolPeer> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const parser = port.pipe(new DelimiterParser({ delimiter: commandDelimiter }));
  const peer: ProtocolPeer = {
    received: [],
    send: (text) =>
      new Promise((resolve, reject) => {
        port.write(Buffer.from(text, 'latin1'), (error) => (error ? reject(error) : port.drain(() => resolve())));
      }),
    close: () => new Promise((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
  parser.on('data', (chunk: Buffer) => {
    const command = chunk.toString('latin1');
    peer.received.push(command);
    const reply = answer(command, peer);
    if (reply !== undefined) void peer.send(reply).catch(() => undefined);
  });
  port.on('error', () => undefined);
  return peer;
}

/** Resolves with the first event payload satisfying `match`, or rejects after `timeoutMs` naming what was awaited. */
export function nextEvent<T>(subscribe: (listener: (payload: T) => void) => () => void, match: (payload: T) => boolean, what: string, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for ${what}`));
    }, timeoutMs);
    const off = subscribe((payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}
