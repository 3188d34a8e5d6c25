/**
 * NCI Standard Protocol / SCP-01 (Avery Weigh-Tronix NCI, Brecknell, many shipping scales). Commands are one
 * letter + CR: `W` weight, `S` status, `Z` zero (answered with status). Replies start with LF and end with ETX:
 *   weight: LF `  1.25lb` CR LF <status bytes> CR ETX
 *   status: LF `S` <status bytes> CR ETX
 *   unknown command: LF `?` CR ETX
 * Each status byte is ASCII 0x30 | flags. Byte 1: motion, at zero, RAM error, EEPROM error. Byte 2: under capacity,
 * over capacity, ROM error, faulty calibration. Optional byte 3: range (2 bits), net weight, initial zero error.
 */
import { controlCharacterAt, frameError, type FrameResult, type ScaleCondition, type ScaleReading } from './reading';
import { parseDecimal, parseUnit } from './weight';

export const NCI_ETX = '\x03';

export const NCI_COMMANDS = { weight: 'W\r', status: 'S\r', zero: 'Z\r' } as const;

export interface NciStatus {
  motion: boolean;
  atZero: boolean;
  ramError: boolean;
  eepromError: boolean;
  underCapacity: boolean;
  overCapacity: boolean;
  romError: boolean;
  faultyCalibration: boolean;
  netWeight: boolean;
  initialZeroError: boolean;
}

export type NciReply = { kind: 'reading'; reading: ScaleReading; status: NciStatus } | { kind: 'status'; status: NciStatus; condition: ScaleCondition } | { kind: 'unrecognised' };

export function parseNciStatus(bytes: string): FrameResult<NciStatus> {
  if (bytes.length < 2 || bytes.length > 3) return frameError('NCI_STATUS', `NCI status must be 2 or 3 bytes, got ${bytes.length} (${JSON.stringify(bytes)})`);
  const flags: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    if ((c & 0xf0) !== 0x30) return frameError('NCI_STATUS', `NCI status byte ${i + 1} is 0x${c.toString(16).padStart(2, '0')}, not 0x30-0x3F`);
    flags.push(c & 0x0f);
  }
  const [b1, b2, b3 = 0] = flags as [number, number, number?];
  return {
    ok: true,
    value: {
      motion: (b1 & 1) !== 0,
      atZero: (b1 & 2) !== 0,
      ramError: (b1 & 4) !== 0,
      eepromError: (b1 & 8) !== 0,
      underCapacity: (b2 & 1) !== 0,
      overCapacity: (b2 & 2) !== 0,
      romError: (b2 & 4) !== 0,
      faultyCalibration: (b2 & 8) !== 0,
      netWeight: (b3 & 4) !== 0,
      initialZeroError: (b3 & 8) !== 0,
    },
  };
}

/** The most serious condition the status shows; hardware errors first, then calibration, then range. */
export function nciCondition(status: NciStatus): ScaleCondition {
  if (status.ramError || status.eepromError || status.romError) return 'fault';
  if (status.faultyCalibration) return 'needs-calibration';
  if (status.initialZeroError) return 'needs-rezero';
  if (status.overCapacity) return 'over-capacity';
  if (status.underCapacity) return 'under-zero';
  return 'ok';
}

/** Parses one reply, with or without its LF and ETX. Never throws. */
export function parseNciReply(input: string): FrameResult<NciReply> {
  if (typeof input !== 'string') return frameError('EMPTY_FRAME', 'NCI reply is not text');
  let body = input.startsWith('\n') ? input.slice(1) : input;
  if (body.endsWith(NCI_ETX)) body = body.slice(0, -1);
  if (body.endsWith('\r')) body = body.slice(0, -1);
  if (body.length === 0) return frameError('EMPTY_FRAME', 'Empty NCI reply');
  if (body === '?') return { ok: true, value: { kind: 'unrecognised' } };
  const lines = body.split('\r\n');
  if (lines.some((l) => controlCharacterAt(l) !== -1)) return frameError('NCI_MALFORMED', `NCI reply has stray control characters: ${JSON.stringify(input)}`);
  if (lines.length === 1) {
    const line = lines[0] as string;
    if (!line.startsWith('S')) return frameError('NCI_MALFORMED', `NCI reply ${JSON.stringify(input)} is neither weight, status nor "?"`);
    const status = parseNciStatus(line.slice(1));
    if (!status.ok) return status;
    return { ok: true, value: { kind: 'status', status: status.value, condition: nciCondition(status.value) } };
  }
  if (lines.length !== 2) return frameError('NCI_MALFORMED', `NCI weight reply must be a weight line and a status line, got ${lines.length} lines`);
  const status = parseNciStatus(lines[1] as string);
  if (!status.ok) return status;
  const condition = nciCondition(status.value);
  const field = (lines[0] as string).trim();
  const base = { stable: !status.value.motion, zero: status.value.atZero };
  // Over/under capacity replace the digits with ^ or _ (some models use -); the status bytes say which.
  if (/^[\^_-]+$/.test(field.replace(/[a-zA-Z\s]+$/, ''))) {
    const fromField: ScaleCondition = field.startsWith('^') ? 'over-capacity' : field.startsWith('_') ? 'under-zero' : 'fault';
    return { ok: true, value: { kind: 'reading', reading: { ...base, weight: null, condition: condition === 'ok' ? fromField : condition }, status: status.value } };
  }
  const m = /^([+-]?\s*[\d.]+)\s*([a-zA-Z]+)$/.exec(field);
  if (!m) return frameError('NCI_MALFORMED', `NCI weight line "${field}" is not "<value><unit>"`);
  const unit = parseUnit(m[2] as string);
  if (!unit) return frameError('UNKNOWN_UNIT', `NCI weight line "${field}" is in unit "${m[2]}"; set the scale to g, kg, oz or lb`);
  const weight = parseDecimal((m[1] as string).replace(/\s+/g, ''), unit);
  if (!weight) return frameError('BAD_WEIGHT', `NCI weight line "${field}" has an unreadable value`);
  return { ok: true, value: { kind: 'reading', reading: { ...base, weight, condition }, status: status.value } };
}
