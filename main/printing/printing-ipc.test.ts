import { afterEach, describe, expect, it } from 'vitest';
import { testStation } from '../../test/support/station';
import { PrintersView } from '../../shared/ipc/print';

const ctx = { origin: 'test' as const };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('printer profiles over IPC', () => {
  it('answers an invalid profile with the validation message, so the printers page can show it', async () => {
    const { station, cleanup } = testStation();
    cleanups.push(cleanup);
    const reply = await station.dispatch('print:save-printer', { profile: { name: 'Dock Zebra', language: 'zpl', connection: { kind: 'tcp', host: '10.0.0.9', port: 70000 } } }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('connection.port') } });
    const pdfOverRaw = await station.dispatch('print:save-printer', { profile: { name: 'Office', language: 'pdf', connection: { kind: 'tcp', host: '10.0.0.9' } } }, ctx);
    expect(pdfOverRaw).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('use os-driver for a PDF printer') } });
    const view = await station.dispatch('print:printers', {}, ctx);
    expect(view.ok && PrintersView.parse(view.value).profiles.map((p) => p.name)).toEqual(['Virtual printer']);
  });

  it('saves a valid profile and lists it beside the virtual printer', async () => {
    const { station, cleanup } = testStation();
    cleanups.push(cleanup);
    const reply = await station.dispatch('print:save-printer', { profile: { name: 'Dock Zebra', language: 'zpl', dpi: 300, connection: { kind: 'tcp', host: '10.0.0.9' } } }, ctx);
    expect(reply.ok && PrintersView.parse(reply.value).profiles.find((p) => p.name === 'Dock Zebra')).toMatchObject({ dpi: 300, connection: { kind: 'tcp', host: '10.0.0.9', port: 9100 } });
  });
});
