import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Command } from 'commander';
import { buildProgram } from './program';
import { tempDir } from '../../test/support/temp-dir';
import { decodedTexts } from '../../test/support/barcode-reader';
import { startLoopbackPrinter } from '../../test/support/loopback-printer';
import { fnskuLabel } from '../../shared/labels/label-designs';
import { layoutsToPdf } from '../labels/layout-pdf';
import { findGraphics } from '../labels/zpl-graphic';

const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => d.cleanup());
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(...args: string[]): Promise<string> {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  const program = buildProgram();
  // Subcommands report bad options through their own exit; make every level throw instead of ending the test process.
  const override = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: (s) => void lines.push(s.trim()), writeErr: (s) => void lines.push(s.trim()) });
    command.commands.forEach(override);
  };
  override(program);
  await program.parseAsync(['node', 'packbench', ...args]);
  return lines.join('\n');
}

async function workspace() {
  const dir = tempDir();
  dirs.push(dir);
  const pdf = join(dir.path, 'fnsku.pdf');
  writeFileSync(pdf, await layoutsToPdf([fnskuLabel({ fnsku: 'X001ABC9ZQ', title: 'Bamboo board', condition: 'New' }, { widthIn: 2.25, heightIn: 1.25 })]));
  return { dir: dir.path, pdf };
}

describe('packbench label', () => {
  it('convert: PDF to ZPL at 300 dpi, then that ZPL to PNG, and the barcode survives both steps', async () => {
    const { dir, pdf } = await workspace();
    const zplFile = join(dir, 'out.zpl');
    expect(await run('label', 'convert', '--in', pdf, '--to', 'zpl', '--dpi', '300', '--width', '2.25', '--height', '1.25', '--out', zplFile)).toBe(zplFile);
    const [graphic] = findGraphics(readFileSync(zplFile, 'utf8'));
    // 2.25 x 1.25 in at 300 dpi is 675 x 375 dots; ^GF rows are whole bytes, so 675 pads to 680.
    expect([graphic!.width, graphic!.height]).toEqual([680, 375]);
    const pngFile = (await run('label', 'convert', '--in', zplFile, '--to', 'png', '--dpi', '300', '--width', '2.25', '--height', '1.25'))!;
    expect(pngFile).toBe(join(dir, 'out.png'));
    const png = readFileSync(pngFile);
    expect([PNG.sync.read(png).width, PNG.sync.read(png).height]).toEqual([675, 375]);
    expect(await decodedTexts(png)).toEqual(['X001ABC9ZQ']);
    const pdfOut = await run('label', 'convert', '--in', pngFile, '--to', 'pdf', '--width', '2.25', '--height', '1.25', '--out', join(dir, 'again.pdf'));
    expect(readFileSync(pdfOut).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('convert: refuses a resolution no printer has and a file that is not a label', async () => {
    const { dir } = await workspace();
    await expect(run('label', 'convert', '--in', join(dir, 'fnsku.pdf'), '--to', 'zpl', '--dpi', '250')).rejects.toThrow(/203, 300 or 600/);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    await expect(run('label', 'convert', '--in', join(dir, 'notes.txt'), '--to', 'zpl')).rejects.toThrow(/not a PNG, PDF or ZPL/);
  });

  it('print: to tcp://host:port as ZPL, and to virtual:DIR with a preview', async () => {
    const { dir, pdf } = await workspace();
    const printer = await startLoopbackPrinter();
    try {
      const [out, bytes] = await Promise.all([
        run('label', 'print', '--printer', `tcp://127.0.0.1:${printer.port}`, '--width', '2.25', '--height', '1.25', pdf),
        printer.nextJob(),
      ]);
      expect(out).toContain('converted from PDF');
      expect(bytes.toString('latin1')).toMatch(/^\^XA\^PW457\^LL254/);
    } finally {
      await printer.close();
    }
    const virtualDir = join(dir, 'virtual');
    const out = await run('label', 'print', '--printer', `virtual:${virtualDir}`, '--width', '2.25', '--height', '1.25', pdf);
    expect(out).toContain('Preview:');
    expect(readdirSync(virtualDir).map((f) => f.replace(/^.*-fnsku-pdf/, ''))).toEqual(['.preview.png', '.zpl']);
  });

  it('print: names the saved profiles when the printer is unknown', async () => {
    const { dir, pdf } = await workspace();
    await expect(run('label', 'print', '--printer', 'Front desk', '--data-dir', dir, pdf)).rejects.toThrow(/No printer profile named "Front desk" \(saved: Virtual printer\)/);
  });

  it('status: reports a network Zebra out of labels from its ~HS answer and fails the command', async () => {
    const reply = '\x02030,1,0,1245,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n';
    const printer = await startLoopbackPrinter({ hostStatusReply: reply });
    try {
      expect(await run('label', 'status', '--printer', `tcp://127.0.0.1:${printer.port}`)).toMatch(/^paper-out: .*load a new roll/);
      expect(process.exitCode).toBe(1);
    } finally {
      await printer.close();
    }
  });
});
