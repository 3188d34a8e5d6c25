import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import WebSocket from 'ws';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { testStation } from '../../test/support/station';
import { tempDir } from '../../test/support/temp-dir';
import type { HostServerMessage } from '../../shared/ipc/host-protocol';

let host: BrowserHost;
let cleanups: (() => void | Promise<void>)[] = [];

beforeEach(async () => {
  const s = testStation();
  const renderer = tempDir();
  mkdirSync(join(renderer.path, 'assets'));
  writeFileSync(join(renderer.path, 'index.html'), '<!doctype html><title>Packbench</title>');
  writeFileSync(join(renderer.path, 'assets', 'app.js'), 'console.log(1)');
  host = await startBrowserHost({ station: s.station, rendererDir: renderer.path, log: () => undefined });
  cleanups = [() => host.close(), s.cleanup, renderer.cleanup];
});
afterEach(async () => {
  for (const c of cleanups) await c();
});

/** Raw HTTP so the test controls Host and Origin exactly as an attacker's page would send them. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function codeOf(body: string): string {
  return (JSON.parse(body) as { error: { code: string } }).error.code;
}

function connect(path: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}${path}`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode, code: codeOf(body) })));
    });
    ws.once('error', reject);
  });
}

/** Collects every message as it arrives, so two messages in one chunk are never missed. */
const inboxes = new WeakMap<WebSocket, { messages: HostServerMessage[]; waiters: ((m: HostServerMessage) => void)[] }>();
function nextMessage(ws: WebSocket): Promise<HostServerMessage> {
  let inbox = inboxes.get(ws);
  if (!inbox) {
    const created = { messages: [] as HostServerMessage[], waiters: [] as ((m: HostServerMessage) => void)[] };
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as HostServerMessage;
      const waiter = created.waiters.shift();
      if (waiter) waiter(message);
      else created.messages.push(message);
    });
    inboxes.set(ws, created);
    inbox = created;
  }
  const queued = inbox.messages.shift();
  if (queued) return Promise.resolve(queued);
  return new Promise((resolve) => inbox.waiters.push(resolve));
}

describe('browser host over HTTP', () => {
  it('serves the renderer with the launch token and sets the token cookie', async () => {
    const res = await get(`/?token=${host.token}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Packbench');
    expect(String(res.headers['set-cookie'])).toMatch(/packbench_token=.*HttpOnly; SameSite=Strict/);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('accepts the token from the cookie for assets', async () => {
    const res = await get('/assets/app.js', { cookie: `packbench_token=${host.token}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
  });

  it('refuses a request without a token with 401 TOKEN_MISSING', async () => {
    const res = await get('/');
    expect(res.status).toBe(401);
    expect(codeOf(res.body)).toBe('TOKEN_MISSING');
  });

  it('refuses a wrong token with 401 TOKEN_INVALID', async () => {
    const res = await get('/?token=not-the-token');
    expect(res.status).toBe(401);
    expect(codeOf(res.body)).toBe('TOKEN_INVALID');
  });

  it('refuses a foreign Host header (DNS rebinding) with 403 FOREIGN_HOST, even with the token', async () => {
    const res = await get(`/?token=${host.token}`, { host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('FOREIGN_HOST');
  });

  it('refuses a foreign Origin with 403 FOREIGN_ORIGIN, even with the token', async () => {
    const res = await get(`/?token=${host.token}`, { origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('FOREIGN_ORIGIN');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await get(`/..%2f..%2fetc%2fpasswd?token=${host.token}`);
    expect(res.status).toBe(404);
  });
});

describe('browser host over WebSocket', () => {
  it('carries station calls and replies', async () => {
    const ws = await connect(`/station?token=${host.token}`, { origin: host.origin });
    ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'station:info', payload: {} }));
    const message = await nextMessage(ws);
    expect(message).toMatchObject({ type: 'reply', id: 7, reply: { ok: true, value: { host: 'browser' } } });
    ws.close();
  });

  it('pushes events to connected windows', async () => {
    const ws = await connect(`/station?token=${host.token}`);
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'settings:update', payload: { language: 'zh-CN' } }));
    const messages = [await nextMessage(ws), await nextMessage(ws)];
    expect(messages).toContainEqual(expect.objectContaining({ type: 'event', event: 'settings:changed', payload: expect.objectContaining({ language: 'zh-CN' }) }));
    ws.close();
  });

  it('answers an unknown channel and a malformed payload each with its own code', async () => {
    const ws = await connect(`/station?token=${host.token}`);
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'nope:nothing', payload: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 1, reply: { ok: false, error: { code: 'UNKNOWN_CHANNEL' } } });
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'settings:update', payload: { language: 42 } }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, reply: { ok: false, error: { code: 'INVALID_REQUEST' } } });
    ws.send('{not json');
    expect(await nextMessage(ws)).toMatchObject({ id: null, reply: { ok: false, error: { code: 'INVALID_REQUEST' } } });
    ws.close();
  });

  it('refuses an upgrade without a token, with a wrong token, or from a foreign origin', async () => {
    await expect(connect('/station')).rejects.toMatchObject({ status: 401, code: 'TOKEN_MISSING' });
    await expect(connect('/station?token=wrong')).rejects.toMatchObject({ status: 401, code: 'TOKEN_INVALID' });
    await expect(connect(`/station?token=${host.token}`, { origin: 'http://evil.example' })).rejects.toMatchObject({
      status: 403,
      code: 'FOREIGN_ORIGIN',
    });
  });
});
