/**
 * Continuous-output scales stream one line per reading in a vendor format. The station describes the format as a
 * regular expression with named groups: `weight` (required), `unit` (optional; else the configured unit),
 * `sign` (optional `-`), and optionally `stable` / `motion` (a non-empty match sets the flag). Example for a
 * common "ST,GS,+  1.234kg" format: `^(?<stable>ST)?(?:US)?,(?:GS|NT),(?<sign>[+-])\s*(?<weight>[\d.]+)\s*(?<unit>kg|lb|g|oz)$`.
 */
import { frameError, type FrameResult, type ScaleReading } from './reading';
import { parseDecimal, parseUnit, type WeightUnit } from './weight';

export interface ContinuousFormat {
  pattern: string;
  unit?: WeightUnit;
}

export interface CompiledContinuousFormat {
  regex: RegExp;
  unit: WeightUnit | undefined;
  hasStable: boolean;
  hasMotion: boolean;
}

/** Compiles and checks a format once, so a bad pattern is reported when configured, not per line. */
export function compileContinuousFormat(format: ContinuousFormat): FrameResult<CompiledContinuousFormat> {
  let regex: RegExp;
  try {
    regex = new RegExp(format.pattern);
  } catch (error) {
    return frameError('PATTERN_INVALID', `Scale line pattern is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!format.pattern.includes('(?<weight>')) return frameError('PATTERN_INVALID', 'Scale line pattern needs a named group (?<weight>…)');
  if (!format.pattern.includes('(?<unit>') && !format.unit) return frameError('PATTERN_INVALID', 'Scale line pattern has no (?<unit>…) group, so a unit must be configured');
  const hasStable = format.pattern.includes('(?<stable>');
  const hasMotion = format.pattern.includes('(?<motion>');
  return { ok: true, value: { regex, unit: format.unit, hasStable, hasMotion } };
}

/** Parses one line against a compiled format. Never throws. */
export function parseContinuousLine(line: string, format: CompiledContinuousFormat): FrameResult<ScaleReading> {
  if (typeof line !== 'string') return frameError('EMPTY_FRAME', 'Scale line is not text');
  const text = line.replace(/[\r\n]+$/, '');
  if (text.trim().length === 0) return frameError('EMPTY_FRAME', 'Empty scale line');
  const m = format.regex.exec(text);
  const groups = m?.groups;
  if (!groups || groups.weight === undefined) return frameError('PATTERN_NO_MATCH', `Scale line ${JSON.stringify(text.slice(0, 80))} does not match the configured pattern`);
  const unitText = groups.unit;
  const unit = unitText !== undefined ? parseUnit(unitText) : format.unit;
  if (!unit) return frameError('UNKNOWN_UNIT', `Scale line unit "${unitText ?? ''}" is not g, kg, oz or lb`);
  const weight = parseDecimal((groups.sign === '-' ? '-' : '') + groups.weight.trim(), unit);
  if (!weight) return frameError('BAD_WEIGHT', `Scale line weight "${groups.weight}" is not a number`);
  // A matched motion flag always means moving; otherwise a stable group decides, or the absence of motion does.
  let stable: boolean | null = null;
  if (format.hasMotion && groups.motion) stable = false;
  else if (format.hasStable) stable = Boolean(groups.stable);
  else if (format.hasMotion) stable = true;
  const condition = weight.increments < 0 ? 'under-zero' : 'ok';
  return { ok: true, value: { weight, stable, zero: weight.increments === 0, condition } };
}
