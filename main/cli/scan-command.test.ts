import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgram } from './program';
import { unescapeScanArgument } from './scan-command';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<{ output: string; exitCode: number | string | undefined }> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  await buildProgram().exitOverride().parseAsync(['node', 'packbench', ...args]);
  return { output: lines.join('\n'), exitCode: process.exitCode };
}

describe('packbench scan parse', () => {
  it('prints a valid EAN-13 as JSON and exits 0', async () => {
    const { output, exitCode } = await run('scan', 'parse', '4006381333931');
    expect(JSON.parse(output)).toMatchObject({ valid: true, kind: 'ean13', gtin14: '04006381333931' });
    expect(exitCode).toBe(0);
  });

  it('a wrong check digit exits 1 with the expected digit in the JSON', async () => {
    const { output, exitCode } = await run('scan', 'parse', '4006381333932');
    expect(JSON.parse(output)).toMatchObject({ valid: false, error: { code: 'CHECK_DIGIT', expected: '1' } });
    expect(exitCode).toBe(1);
  });

  it('GS written as <GS> or \\x1d splits GS1 elements', async () => {
    for (const gs of ['<GS>', '\\x1d', '<gs>']) {
      const { output, exitCode } = await run('scan', 'parse', '--reference-year', '2026', `]C10100012345678905${'10'}LOT1${gs}17270131`);
      const parsed = JSON.parse(output) as { kind: string; elements: Array<{ ai: string; value: string }> };
      expect(parsed.kind).toBe('gs1');
      expect(parsed.elements.map((e) => [e.ai, e.value])).toEqual([
        ['01', '00012345678905'],
        ['10', 'LOT1'],
        ['17', '270131'],
      ]);
      expect(exitCode).toBe(0);
    }
  });

  it('unknown data exits 1; a nonsense reference year exits 2', async () => {
    expect((await run('scan', 'parse', 'hello')).exitCode).toBe(1);
    expect((await run('scan', 'parse', '--reference-year', 'soon', '123')).exitCode).toBe(2);
  });

  it('unescapes only the GS spellings', () => {
    expect(unescapeScanArgument('a<GS>b\\u001dc\\x1Dd')).toBe('a\x1db\x1dc\x1dd');
    expect(unescapeScanArgument('\\x1e')).toBe('\\x1e');
  });
});
