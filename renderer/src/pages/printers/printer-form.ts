/**
 * The printer form keeps fields as typed text; these turn a stored profile into the form and the form into the
 * profile main validates. Numbers that do not parse go as NaN so the station's validation names the field.
 */
import type { PrinterConnection, PrinterProfile, PrinterProfileInput } from '../../../../shared/labels/printer-profile';

export type ConnectionKind = PrinterConnection['kind'];

export interface PrinterForm {
  name: string;
  language: 'zpl' | 'pdf';
  dpi: '203' | '300' | '600';
  widthIn: string;
  heightIn: string;
  /** '' keeps the printer's own darkness. */
  darkness: string;
  offsetXDots: string;
  offsetYDots: string;
  mono: PrinterProfile['mono'];
  compression: PrinterProfile['compression'];
  connection: ConnectionKind;
  host: string;
  port: string;
  /** CUPS queue, Windows printer or OS driver printer name, by connection kind. */
  queue: string;
  dir: string;
}

const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export function emptyPrinterForm(): PrinterForm {
  return { name: '', language: 'zpl', dpi: '203', widthIn: '4', heightIn: '6', darkness: '', offsetXDots: '0', offsetYDots: '0', mono: 'threshold', compression: 'z64', connection: 'tcp', host: '', port: '9100', queue: '', dir: '' };
}

export function printerFormFrom(profile: PrinterProfile): PrinterForm {
  const c = profile.connection;
  return {
    name: profile.name,
    language: profile.language,
    dpi: String(profile.dpi) as PrinterForm['dpi'],
    widthIn: String(profile.widthIn),
    heightIn: String(profile.heightIn),
    darkness: profile.darkness === undefined ? '' : String(profile.darkness),
    offsetXDots: String(profile.offsetXDots),
    offsetYDots: String(profile.offsetYDots),
    mono: profile.mono,
    compression: profile.compression,
    connection: c.kind,
    host: c.kind === 'tcp' ? c.host : '',
    port: c.kind === 'tcp' ? String(c.port) : '9100',
    queue: c.kind === 'cups' ? c.queue : c.kind === 'windows' || c.kind === 'os-driver' ? c.printer : '',
    dir: c.kind === 'virtual' ? c.dir : '',
  };
}

export function connectionFrom(form: PrinterForm) {
  switch (form.connection) {
    case 'tcp':
      return { kind: 'tcp' as const, host: form.host.trim(), port: num(form.port) };
    case 'cups':
      return { kind: 'cups' as const, queue: form.queue.trim() };
    case 'windows':
      return { kind: 'windows' as const, printer: form.queue.trim() };
    case 'os-driver':
      return { kind: 'os-driver' as const, printer: form.queue.trim() };
    case 'virtual':
      return { kind: 'virtual' as const, dir: form.dir.trim() };
  }
}

export function profileFrom(form: PrinterForm): PrinterProfileInput {
  return {
    name: form.name,
    language: form.language,
    dpi: Number(form.dpi) as 203 | 300 | 600,
    widthIn: num(form.widthIn),
    heightIn: num(form.heightIn),
    ...(form.darkness.trim() === '' ? {} : { darkness: num(form.darkness) }),
    offsetXDots: num(form.offsetXDots),
    offsetYDots: num(form.offsetYDots),
    mono: form.mono,
    compression: form.compression,
    connection: connectionFrom(form),
  };
}

/** A discovered system printer as the form's connection: raw queues for ZPL printers, the driver for the rest. */
export function formFromDiscovered(form: PrinterForm, found: { name: string; system: 'cups' | 'windows'; likelyZpl: boolean }): PrinterForm {
  const language = found.likelyZpl ? 'zpl' : 'pdf';
  const connection: ConnectionKind = language === 'pdf' ? 'os-driver' : found.system;
  return { ...form, name: form.name || found.name, language, connection, queue: found.name };
}
