/**
 * The scale and scanner forms keep every field as typed text; these turn them into the settings main validates
 * and back. Numbers that do not parse are sent as NaN so the station's own validation names the field.
 */
import type { ScaleSettings, ScaleSettingsInput, ScannerSettings, ScannerSettingsInput, SerialPortSettings } from '../../../../shared/devices/device-settings';

export type ScaleKind = ScaleSettings['kind'];
export type Parity = SerialPortSettings['parity'];

export interface PortForm {
  path: string;
  baudRate: string;
  dataBits: 7 | 8;
  parity: Parity;
  stopBits: 1 | 2;
}

export interface ScaleForm {
  kind: ScaleKind;
  settleMs: string;
  intervalMs: string;
  /** USB HID: '' means the first scale found. */
  hidPath: string;
  port: PortForm;
  command: 'SI' | 'SIR' | 'S';
  pollMs: string;
  stabilityMode: 'status' | 'consecutive';
  stabilityCount: string;
  pattern: string;
  unit: '' | 'g' | 'kg' | 'oz' | 'lb';
  lineEnding: 'cr' | 'lf' | 'crlf';
}

/** A common "ST,GS,+  1.234kg" line; the packer adapts it to the scale's manual. */
export const EXAMPLE_PATTERN = String.raw`^(?<stable>ST)?(?:US)?,(?:GS|NT),(?<sign>[+-])\s*(?<weight>[\d.]+)\s*(?<unit>kg|lb|g|oz)$`;

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

const num = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export const emptyPort = (): PortForm => ({ path: '', baudRate: '9600', dataBits: 8, parity: 'none', stopBits: 1 });

export function portFromSettings(port: SerialPortSettings): PortForm {
  return { path: port.path, baudRate: String(port.baudRate), dataBits: port.dataBits, parity: port.parity, stopBits: port.stopBits };
}

export function portToSettings(form: PortForm) {
  return { path: form.path.trim(), baudRate: num(form.baudRate), dataBits: form.dataBits, parity: form.parity, stopBits: form.stopBits };
}

export function scaleFormFrom(settings: ScaleSettings | null): ScaleForm {
  const form: ScaleForm = {
    kind: 'virtual',
    settleMs: '400',
    intervalMs: '200',
    hidPath: '',
    port: emptyPort(),
    command: 'SI',
    pollMs: '200',
    stabilityMode: 'status',
    stabilityCount: '3',
    pattern: EXAMPLE_PATTERN,
    unit: '',
    lineEnding: 'crlf',
  };
  if (!settings) return form;
  form.kind = settings.kind;
  switch (settings.kind) {
    case 'virtual':
      return { ...form, settleMs: String(settings.settleMs), intervalMs: String(settings.intervalMs) };
    case 'hid':
      return { ...form, hidPath: settings.path ?? '', ...stabilityFrom(settings.stability) };
    case 'mt-sics':
      return { ...form, port: portFromSettings(settings.port), command: settings.command, pollMs: String(settings.pollMs), ...stabilityFrom(settings.stability) };
    case 'nci':
      return { ...form, port: portFromSettings(settings.port), pollMs: String(settings.pollMs), ...stabilityFrom(settings.stability) };
    case 'continuous':
      return { ...form, port: portFromSettings(settings.port), pattern: settings.pattern, unit: settings.unit ?? '', lineEnding: settings.lineEnding, ...stabilityFrom(settings.stability) };
  }
}

type Stability = Extract<ScaleSettings, { kind: 'hid' }>['stability'];

function stabilityFrom(stability: Stability) {
  return stability.mode === 'consecutive' ? { stabilityMode: 'consecutive' as const, stabilityCount: String(stability.count) } : { stabilityMode: 'status' as const };
}

function stabilityTo(form: ScaleForm) {
  return form.stabilityMode === 'consecutive' ? { mode: 'consecutive' as const, count: num(form.stabilityCount) } : { mode: 'status' as const };
}

export function scaleSettingsFrom(form: ScaleForm): ScaleSettingsInput {
  switch (form.kind) {
    case 'virtual':
      return { kind: 'virtual', settleMs: num(form.settleMs), intervalMs: num(form.intervalMs) };
    case 'hid':
      return { kind: 'hid', ...(form.hidPath ? { path: form.hidPath } : {}), stability: stabilityTo(form) };
    case 'mt-sics':
      return { kind: 'mt-sics', port: portToSettings(form.port), command: form.command, pollMs: num(form.pollMs), stability: stabilityTo(form) };
    case 'nci':
      return { kind: 'nci', port: portToSettings(form.port), pollMs: num(form.pollMs), stability: stabilityTo(form) };
    case 'continuous':
      return {
        kind: 'continuous',
        port: portToSettings(form.port),
        pattern: form.pattern,
        ...(form.unit ? { unit: form.unit } : {}),
        lineEnding: form.lineEnding,
        stability: stabilityTo(form),
      };
  }
}

export type ScannerKind = 'none' | ScannerSettings['kind'];
export type Terminator = 'cr' | 'lf' | 'crlf' | 'tab' | 'idle';

export interface ScannerForm {
  kind: ScannerKind;
  port: PortForm;
  terminator: Terminator;
  idleMs: string;
}

export function scannerFormFrom(settings: ScannerSettings | null): ScannerForm {
  if (!settings) return { kind: 'none', port: emptyPort(), terminator: 'cr', idleMs: '50' };
  if (settings.kind === 'hid') return { kind: 'hid', port: emptyPort(), terminator: 'cr', idleMs: '50' };
  const terminator = settings.terminator;
  return typeof terminator === 'string'
    ? { kind: 'serial', port: portFromSettings(settings.port), terminator, idleMs: '50' }
    : { kind: 'serial', port: portFromSettings(settings.port), terminator: 'idle', idleMs: String(terminator.idleMs) };
}

export function scannerSettingsFrom(form: ScannerForm): ScannerSettingsInput | null {
  if (form.kind === 'none') return null;
  if (form.kind === 'hid') return { kind: 'hid' };
  return { kind: 'serial', port: portToSettings(form.port), terminator: form.terminator === 'idle' ? { idleMs: num(form.idleMs) } : form.terminator };
}
