import { describe, expect, it } from 'vitest';
import { PrinterProfile } from '../../../../shared/labels/printer-profile';
import { emptyPrinterForm, formFromDiscovered, printerFormFrom, profileFrom } from './printer-form';

describe('printer form', () => {
  it('round-trips profiles of every connection kind, dithering and compression included', () => {
    const samples = [
      { name: 'Dock Zebra', language: 'zpl', dpi: 300, widthIn: 4, heightIn: 6, darkness: 22, offsetXDots: -8, offsetYDots: 12, mono: 'floyd-steinberg', connection: { kind: 'tcp', host: '192.168.1.40', port: 9100 } },
      { name: 'USB Zebra', language: 'zpl', widthIn: 2.25, heightIn: 1.25, connection: { kind: 'cups', queue: 'Zebra_GK420d' } },
      { name: 'Win Zebra', language: 'zpl', connection: { kind: 'windows', printer: 'ZDesigner GK420d' } },
      { name: 'Office laser', language: 'pdf', widthIn: 8.5, heightIn: 11, compression: 'acs', connection: { kind: 'os-driver', printer: 'HP LaserJet' } },
      { name: 'Files', language: 'zpl', connection: { kind: 'virtual', dir: '/tmp/labels' } },
    ].map((p) => PrinterProfile.parse(p));
    for (const profile of samples) expect(PrinterProfile.parse(profileFrom(printerFormFrom(profile)))).toEqual(profile);
  });

  it('leaves darkness unset when the field is empty, and sends bad numbers for the station to name', () => {
    const form = { ...emptyPrinterForm(), name: 'New', host: '10.0.0.5' };
    expect(PrinterProfile.parse(profileFrom(form)).darkness).toBeUndefined();
    const bad = PrinterProfile.safeParse(profileFrom({ ...form, widthIn: 'four' }));
    expect(bad.error?.issues[0]?.path).toEqual(['widthIn']);
  });

  it('takes a discovered ZPL queue raw and a driver printer as PDF through the OS driver', () => {
    const zpl = formFromDiscovered(emptyPrinterForm(), { name: 'Zebra_ZD420', system: 'cups', likelyZpl: true });
    expect(PrinterProfile.parse(profileFrom(zpl))).toMatchObject({ name: 'Zebra_ZD420', language: 'zpl', connection: { kind: 'cups', queue: 'Zebra_ZD420' } });
    const laser = formFromDiscovered({ ...emptyPrinterForm(), name: 'Front office' }, { name: 'Brother HL', system: 'windows', likelyZpl: false });
    expect(PrinterProfile.parse(profileFrom(laser))).toMatchObject({ name: 'Front office', language: 'pdf', connection: { kind: 'os-driver', printer: 'Brother HL' } });
  });
});
