import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContinuousFormat, parseContinuousLine } from './continuous';
import { parseHidScaleReport } from './hid-pos';
import { parseMtSicsReply } from './mt-sics';
import { parseNciReply } from './nci';
import type { FrameResult, ScaleErrorCode } from './reading';

const CODES: ReadonlySet<ScaleErrorCode> = new Set<ScaleErrorCode>([
  'EMPTY_FRAME',
  'HID_SHORT_REPORT',
  'HID_REPORT_ID',
  'HID_STATUS',
  'HID_UNIT',
  'HID_BYTE',
  'MTSICS_MALFORMED',
  'MTSICS_UNKNOWN_REPLY',
  'NCI_MALFORMED',
  'NCI_STATUS',
  'UNKNOWN_UNIT',
  'BAD_WEIGHT',
  'PATTERN_INVALID',
  'PATTERN_NO_MATCH',
]);

function assertWellFormed(result: FrameResult<unknown>): void {
  if (!result.ok) {
    expect(CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

const continuousFormat = (() => {
  const compiled = compileContinuousFormat({ pattern: '^(?:(?<stable>ST)|(?<motion>US)),(?:GS|NT),(?<sign>[+-])\\s*(?<weight>[\\d.]+)\\s*(?<unit>\\w+)$' });
  if (!compiled.ok) throw new Error(compiled.error.message);
  return compiled.value;
})();

/** HID reports: mostly report id 3 with plausible status/unit codes, sometimes anything, at any length. */
const hidFrame = fc.oneof(
  fc.tuple(fc.constant(3), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
  fc.array(fc.integer({ min: -2, max: 300 }), { maxLength: 10 }),
  fc.uint8Array({ maxLength: 10 }),
);

const sicsChars = fc.constantFrom(...'SIDZTAE+-LR 0123456789.kglboz\r\n\t\x00');
const mtSicsLine = fc.oneof(
  fc.tuple(fc.constantFrom('S', 'SI', 'SIR', 'Z', 'ZI', 'T', 'TI', 'ES', 'EL', 'ET', 'I4', ''), fc.constantFrom(' S', ' D', ' I', ' +', ' -', ' A', ' X', ''), fc.string({ unit: sicsChars, maxLength: 20 })).map((p) => p.join('')),
  fc.string({ maxLength: 40 }),
);

const nciChars = fc.constantFrom(...'\n\r\x03 0123456789.lbkgoz^_-?S:;<=>ABC');
const nciFrame = fc.oneof(
  fc.tuple(fc.constantFrom('\n', ''), fc.string({ unit: nciChars, maxLength: 12 }), fc.constantFrom('\r\n', '\r', ''), fc.string({ unit: fc.constantFrom(...'0123456789:;<=>?@ABC'), maxLength: 4 }), fc.constantFrom('\r\x03', '\x03', '')).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const continuousLine = fc.oneof(
  fc.tuple(fc.constantFrom('ST', 'US', 'XX'), fc.constantFrom(',GS,', ',NT,', ','), fc.constantFrom('+', '-', ''), fc.string({ unit: fc.constantFrom(...' 0123456789.'), maxLength: 10 }), fc.constantFrom('kg', 'lb', 'g', 'oz', 't', '')).map((p) => p.join('')),
  fc.string({ maxLength: 30 }),
);

const frame = fc.oneof(
  hidFrame.map((bytes) => () => parseHidScaleReport(bytes)),
  mtSicsLine.map((line) => () => parseMtSicsReply(line)),
  nciFrame.map((text) => () => parseNciReply(text)),
  continuousLine.map((line) => () => parseContinuousLine(line, continuousFormat)),
);

describe('scale frame fuzz', () => {
  it('100,000 random HID reports, MT-SICS, NCI and continuous lines each parse or give a specific error, never throw', () => {
    fc.assert(
      fc.property(frame, (parse) => {
        assertWellFormed(parse());
      }),
      { numRuns: 100_000 },
    );
  });

  it('every well-formed HID weight report round-trips: value = (MSB×256+LSB) × 10^signed(exponent)', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 4), fc.constantFrom(2, 3, 11, 12), fc.integer({ min: -128, max: 127 }), fc.integer({ min: 0, max: 0xffff }), (status, unit, exponent, value) => {
        const parsed = parseHidScaleReport([3, status, unit, exponent & 0xff, value & 0xff, value >> 8]);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.value.weight?.increments).toBe(value);
          expect(parsed.value.weight?.exponent).toBe(exponent);
          expect(parsed.value.stable).toBe(status === 4);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
