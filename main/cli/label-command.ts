import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, dirname, resolve } from 'node:path';
import { resolveDataDir } from '../core/data-dir';
import { LabelError } from '../labels/label-error';
import { encodePng, monoToRgba, type MonoMode } from '../labels/raster';
import {
  grayToBitmap,
  pdfToLabelGrays,
  pngToLabelGray,
  rasterToZpl,
  sniffFormat,
  type PrinterDpi,
  type RasterOptions,
} from '../labels/raster-to-zpl';
import type { GfCompression } from '../labels/zpl-graphic';
import { pngsToPdf, renderZplToPdf, renderZplToPngs } from '../labels/zpl-preview';
import { PrintError } from '../printing/print-error';
import { PrintService } from '../printing/print-service';
import { PrinterProfileStore } from '../printing/printer-profiles';
import { discoverPrinters } from '../printing/printer-discovery';
import type { PrinterProfileInput } from '../../shared/labels/printer-profile';

function dpiOption(value: string): PrinterDpi {
  const dpi = Number(value);
  if (dpi !== 203 && dpi !== 300 && dpi !== 600) throw new InvalidArgumentError('must be 203, 300 or 600');
  return dpi;
}

function inchesOption(value: string): number {
  const inches = Number(value);
  if (!Number.isFinite(inches) || inches <= 0) throw new InvalidArgumentError('must be a size in inches, such as 4 or 2.25');
  return inches;
}

function rotateOption(value: string): RasterOptions['rotate'] {
  if (value === 'auto') return 'auto';
  const turns = Number(value);
  if (turns === 0 || turns === 90 || turns === 180 || turns === 270) return turns;
  throw new InvalidArgumentError('must be auto, 0, 90, 180 or 270');
}

interface ConvertOptions {
  in: string;
  to: 'zpl' | 'png' | 'pdf';
  dpi: PrinterDpi;
  width: number;
  height: number;
  out?: string;
  mono: MonoMode;
  threshold: number;
  compression: GfCompression;
  rotate: RasterOptions['rotate'];
}

/** Converts between PNG, PDF and ZPL at a printer's resolution and label size; returns the files written. */
export async function convertLabelFile(options: ConvertOptions): Promise<string[]> {
  const bytes = readFileSync(options.in);
  const from = sniffFormat(bytes);
  if (!from) throw new LabelError('unsupported-format', `${options.in} is not a PNG, PDF or ZPL file`);
  const raster: RasterOptions = {
    dpi: options.dpi,
    widthIn: options.width,
    heightIn: options.height,
    mono: options.mono,
    threshold: options.threshold,
    compression: options.compression,
    rotate: options.rotate,
  };
  const geometry = { dpi: options.dpi, widthIn: options.width, heightIn: options.height };
  const out = options.out ? resolve(options.out) : join(dirname(resolve(options.in)), `${basename(options.in, extname(options.in))}.${options.to}`);
  let outputs: Uint8Array[];
  if (options.to === 'zpl') {
    outputs = [from === 'zpl' ? bytes : Buffer.from(await rasterToZpl(bytes, raster))];
  } else {
    // PNG and PDF outputs show what a label printer would print: fitted to the label and made black and white.
    let pngs: Uint8Array[];
    if (from === 'zpl') pngs = await renderZplToPngs(bytes.toString('utf8'), geometry);
    else {
      const grays = from === 'png' ? [pngToLabelGray(bytes, raster)] : await pdfToLabelGrays(bytes, raster);
      pngs = grays.map((gray) => encodePng(monoToRgba(grayToBitmap(gray, raster))));
    }
    if (options.to === 'pdf') outputs = [from === 'zpl' ? await renderZplToPdf(bytes.toString('utf8'), geometry) : await pngsToPdf(pngs, geometry)];
    else outputs = pngs;
  }
  const files = outputs.map((_, i) => (outputs.length === 1 ? out : out.replace(/(\.[^./\\]+)?$/, (ext) => `-${i + 1}${ext || '.png'}`)));
  outputs.forEach((data, i) => writeFileSync(files[i]!, data));
  return files;
}

/** Resolves --printer: a saved profile by name, or tcp://host:port, cups:QUEUE, windows:NAME, virtual:DIR. */
export function printerFromArgument(
  name: string,
  store: PrinterProfileStore,
  geometry: { dpi: PrinterDpi; widthIn: number; heightIn: number },
): PrinterProfileInput {
  const tcp = /^tcp:\/\/([^:/]+)(?::(\d+))?\/?$/i.exec(name);
  if (tcp) return { name, language: 'zpl', ...geometry, connection: { kind: 'tcp', host: tcp[1]!, port: tcp[2] ? Number(tcp[2]) : 9100 } };
  const prefixed = /^(cups|windows|virtual|driver):(.+)$/i.exec(name);
  if (prefixed) {
    const [, kind, target] = prefixed as unknown as [string, string, string];
    switch (kind.toLowerCase()) {
      case 'cups':
        return { name, language: 'zpl', ...geometry, connection: { kind: 'cups', queue: target } };
      case 'windows':
        return { name, language: 'zpl', ...geometry, connection: { kind: 'windows', printer: target } };
      case 'driver':
        return { name, language: 'pdf', ...geometry, connection: { kind: 'os-driver', printer: target } };
      default:
        return { name, language: 'zpl', ...geometry, connection: { kind: 'virtual', dir: resolve(target) } };
    }
  }
  const saved = store.get(name);
  if (!saved) {
    const known = store.list().map((p) => p.name).join(', ');
    throw new PrintError('not-found', `No printer profile named "${name}" (saved: ${known}); or use tcp://host:port, cups:QUEUE, windows:NAME, driver:NAME or virtual:DIR`);
  }
  return saved;
}

export function labelCommand(): Command {
  const label = new Command('label').description('Label files and printers');

  label
    .command('convert')
    .description('Convert a label between PNG, PDF and ZPL at a printer resolution and label size')
    .requiredOption('--in <file>', 'input file (.png, .pdf or .zpl)')
    .addOption(new Option('--to <format>', 'output format').choices(['zpl', 'png', 'pdf']).makeOptionMandatory())
    .option('--dpi <dpi>', 'printer resolution: 203, 300 or 600', dpiOption, 203 as PrinterDpi)
    .option('--width <inches>', 'label width in inches', inchesOption, 4)
    .option('--height <inches>', 'label height in inches', inchesOption, 6)
    .option('--out <file>', 'output file (default: beside the input)')
    .addOption(new Option('--mono <mode>', 'how grey becomes black').choices(['threshold', 'floyd-steinberg', 'ordered', 'auto']).default('threshold'))
    .option('--threshold <level>', 'grey level 1-254 that prints black', (v) => Number(v), 128)
    .addOption(new Option('--compression <kind>', '^GF compression').choices(['z64', 'acs', 'hex']).default('z64'))
    .option('--rotate <turns>', 'auto, 0, 90, 180 or 270 (clockwise)', rotateOption, 'auto' as RasterOptions['rotate'])
    .action(async (options: ConvertOptions) => {
      const files = await convertLabelFile(options);
      for (const file of files) console.log(file);
    });

  label
    .command('print')
    .description('Send a PNG, PDF or ZPL file to a printer (saved profile name, tcp://host:port, cups:QUEUE, windows:NAME, driver:NAME or virtual:DIR)')
    .argument('<file>', 'the label file')
    .requiredOption('--printer <name>', 'printer profile name or address')
    .option('--dpi <dpi>', 'resolution for an address given directly', dpiOption, 203 as PrinterDpi)
    .option('--width <inches>', 'label width for an address given directly', inchesOption, 4)
    .option('--height <inches>', 'label height for an address given directly', inchesOption, 6)
    .option('--data-dir <dir>', 'station data directory (for saved printer profiles)')
    .action(async (file: string, options: { printer: string; dpi: PrinterDpi; width: number; height: number; dataDir?: string }) => {
      const bytes = readFileSync(file);
      const format = sniffFormat(bytes);
      if (!format) throw new LabelError('unsupported-format', `${file} is not a PNG, PDF or ZPL file`);
      const store = new PrinterProfileStore(resolveDataDir(options.dataDir));
      const profile = printerFromArgument(options.printer, store, { dpi: options.dpi, widthIn: options.width, heightIn: options.height });
      const result = await new PrintService().print({ kind: 'document', format, bytes, title: basename(file) }, profile);
      const converted = result.convertedFrom ? ` (converted from ${result.convertedFrom.toUpperCase()})` : '';
      console.log(`Sent ${result.bytes} bytes of ${result.format.toUpperCase()}${converted} to ${result.destination}, job ${result.jobId}`);
      for (const extra of result.files?.slice(1) ?? []) console.log(`Preview: ${extra}`);
    });

  label
    .command('status')
    .description('Ask a printer whether it can print (~HS for network Zebras, the queue state for CUPS)')
    .requiredOption('--printer <name>', 'printer profile name or address')
    .option('--data-dir <dir>', 'station data directory (for saved printer profiles)')
    .action(async (options: { printer: string; dataDir?: string }) => {
      const store = new PrinterProfileStore(resolveDataDir(options.dataDir));
      const profile = printerFromArgument(options.printer, store, { dpi: 203, widthIn: 4, heightIn: 6 });
      const status = await new PrintService().status(profile);
      console.log(`${status.state}: ${status.detail}`);
      if (status.state !== 'ready' && status.state !== 'busy') process.exitCode = 1;
    });

  label
    .command('printers')
    .description('List the printers the operating system knows and the saved printer profiles')
    .option('--data-dir <dir>', 'station data directory')
    .option('--json', 'print JSON')
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const found = await discoverPrinters();
      const profiles = new PrinterProfileStore(resolveDataDir(options.dataDir)).list();
      if (options.json) {
        console.log(JSON.stringify({ system: found, profiles }));
        return;
      }
      for (const p of found) console.log(`${p.system} ${p.name} ${p.status.state}${p.likelyZpl ? ' (ZPL)' : ''}${p.device ? ` ${p.device}` : ''}`);
      for (const p of profiles) console.log(`profile "${p.name}" ${p.language.toUpperCase()} ${p.dpi} dpi ${p.widthIn}x${p.heightIn} in via ${p.connection.kind}`);
    });

  return label;
}
