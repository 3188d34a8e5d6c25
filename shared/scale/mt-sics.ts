/**
 * Mettler Toledo MT-SICS (Standard Interface Command Set) replies, one CR LF-terminated line each.
 * Weight replies to S / SI / SIR: `S S     1.234 kg` (stable) or `S D     1.230 kg` (dynamic); `S I` command
 * not executable now (busy), `S +` overload, `S -` underload. Zero (`Z`, `ZI`): `Z A` done, `Z D` done while
 * moving, `Z I` refused, `Z +`/`Z -` outside the zero range. Tare (`T`): `T S  0.250 kg` done with the tare
 * weight, `T I`, `T +`, `T -`. Any command may get `ES` (syntax), `ET` (transmission) or `EL` (logical) errors.
 */
import { controlCharacterAt, frameError, type FrameResult, type ScaleReading } from './reading';
import { parseDecimal, parseUnit, type Weight } from './weight';

export type MtSicsOutcome = 'done' | 'not-executable' | 'above-range' | 'below-range';

export type MtSicsReply =
  | { kind: 'reading'; command: 'S' | 'SI' | 'SIR'; reading: ScaleReading }
  | { kind: 'busy'; command: string }
  | { kind: 'zero'; outcome: MtSicsOutcome; dynamic: boolean }
  | { kind: 'tare'; outcome: MtSicsOutcome; tare?: Weight }
  | { kind: 'error'; code: 'ES' | 'ET' | 'EL'; message: string };

const ERROR_MESSAGES = {
  ES: 'Scale did not recognise the command (MT-SICS syntax error ES)',
  ET: 'Scale received a garbled command (MT-SICS transmission error ET)',
  EL: 'Scale cannot execute the command now (MT-SICS logical error EL)',
} as const;

const OUTCOMES: Readonly<Record<string, MtSicsOutcome>> = { I: 'not-executable', '+': 'above-range', '-': 'below-range' };

/** Commands the drivers send, CR LF included. */
export const MT_SICS_COMMANDS = {
  weightStable: 'S\r\n',
  weightImmediate: 'SI\r\n',
  weightRepeat: 'SIR\r\n',
  zero: 'Z\r\n',
  zeroImmediate: 'ZI\r\n',
  tare: 'T\r\n',
  reset: '@\r\n',
} as const;

function weightReply(status: 'S' | 'D', rest: string, line: string): FrameResult<MtSicsReply> {
  const m = /^(\S+)\s+(\S+)$/.exec(rest.trim());
  if (!m) return frameError('MTSICS_MALFORMED', `MT-SICS weight reply "${line}" lacks "<value> <unit>"`);
  const unit = parseUnit(m[2] as string);
  if (!unit) return frameError('UNKNOWN_UNIT', `MT-SICS weight reply "${line}" is in unit "${m[2]}"; set the scale to g, kg, oz or lb`);
  const weight = parseDecimal(m[1] as string, unit);
  if (!weight) return frameError('BAD_WEIGHT', `MT-SICS weight reply "${line}" has an unreadable value "${m[1]}"`);
  const reading: ScaleReading = { weight, stable: status === 'S', zero: weight.increments === 0, condition: 'ok' };
  return { ok: true, value: { kind: 'reading', command: 'S', reading } };
}

/** Parses one reply line (with or without its CR LF). Never throws. */
export function parseMtSicsReply(input: string): FrameResult<MtSicsReply> {
  if (typeof input !== 'string') return frameError('EMPTY_FRAME', 'MT-SICS reply is not text');
  const line = input.replace(/[\r\n]+$/, '');
  if (line.trim().length === 0) return frameError('EMPTY_FRAME', 'Empty MT-SICS reply');
  if (controlCharacterAt(line, '\t') !== -1) return frameError('MTSICS_MALFORMED', `MT-SICS reply has control characters: ${JSON.stringify(line)}`);
  if (line === 'ES' || line === 'ET' || line === 'EL') return { ok: true, value: { kind: 'error', code: line, message: ERROR_MESSAGES[line] } };
  const m = /^(SIR|SI|S|ZI|Z|TI|T)\s+(\S)(?:\s+(.*))?$/.exec(line);
  if (!m) return frameError('MTSICS_UNKNOWN_REPLY', `Not an MT-SICS reply Packbench handles: "${line}"`);
  const command = m[1] as string;
  const status = m[2] as string;
  const rest = m[3] ?? '';
  if (command === 'S' || command === 'SI' || command === 'SIR') {
    if (status === 'S' || status === 'D') {
      const parsed = weightReply(status, rest, line);
      if (parsed.ok && parsed.value.kind === 'reading') parsed.value.command = command;
      return parsed;
    }
    if (rest) return frameError('MTSICS_MALFORMED', `MT-SICS reply "${line}" has text after status "${status}"`);
    if (status === 'I') return { ok: true, value: { kind: 'busy', command } };
    if (status === '+') return { ok: true, value: { kind: 'reading', command, reading: { weight: null, stable: null, zero: false, condition: 'over-capacity' } } };
    if (status === '-') return { ok: true, value: { kind: 'reading', command, reading: { weight: null, stable: null, zero: false, condition: 'under-zero' } } };
    return frameError('MTSICS_MALFORMED', `MT-SICS weight reply "${line}" has unknown status "${status}"`);
  }
  if (command === 'Z' || command === 'ZI') {
    if (rest) return frameError('MTSICS_MALFORMED', `MT-SICS zero reply "${line}" has unexpected text`);
    if (status === 'A' || status === 'D') return { ok: true, value: { kind: 'zero', outcome: 'done', dynamic: status === 'D' } };
    const outcome = OUTCOMES[status];
    if (outcome) return { ok: true, value: { kind: 'zero', outcome, dynamic: false } };
    return frameError('MTSICS_MALFORMED', `MT-SICS zero reply "${line}" has unknown status "${status}"`);
  }
  // T / TI
  if (status === 'S' || status === 'D') {
    const parsed = weightReply(status, rest, line);
    if (!parsed.ok) return parsed;
    const tare = parsed.value.kind === 'reading' ? parsed.value.reading.weight : null;
    return { ok: true, value: tare ? { kind: 'tare', outcome: 'done', tare } : { kind: 'tare', outcome: 'done' } };
  }
  if (rest) return frameError('MTSICS_MALFORMED', `MT-SICS tare reply "${line}" has unexpected text`);
  const outcome = OUTCOMES[status];
  if (outcome) return { ok: true, value: { kind: 'tare', outcome } };
  return frameError('MTSICS_MALFORMED', `MT-SICS tare reply "${line}" has unknown status "${status}"`);
}
