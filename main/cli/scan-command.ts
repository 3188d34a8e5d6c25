import { Command } from 'commander';
import { GS } from '../../shared/scan/gs1';
import { parseScan } from '../../shared/scan/parse-scan';

/**
 * A shell cannot easily pass the GS (0x1D) byte a GS1 scan carries, so the argument may spell it as `\x1d`,
 * `\u001d` or `<GS>` (any case).
 */
export function unescapeScanArgument(text: string): string {
  return text.replace(/\\x1d|\\u001d|<gs>/gi, GS);
}

export function scanCommand(): Command {
  const scan = new Command('scan').description('Barcode scans');

  scan
    .command('parse')
    .description('Classify a raw scan (FNSKU, ASIN, UPC/EAN/GTIN, SSCC, GS1, FBA box id, tracking number) and print it as JSON; exit 1 when invalid or unknown')
    .argument('<raw>', 'the scan as the scanner sent it; write GS as \\x1d or <GS>')
    .option('--reference-year <year>', 'year used to resolve two-digit GS1 dates (default: this year)')
    .action((raw: string, options: { referenceYear?: string }) => {
      const referenceYear = options.referenceYear === undefined ? undefined : Number(options.referenceYear);
      if (referenceYear !== undefined && (!Number.isInteger(referenceYear) || referenceYear < 1951 || referenceYear > 2949)) {
        console.error(`--reference-year must be a four-digit year, got "${options.referenceYear}"`);
        process.exitCode = 2;
        return;
      }
      const result = parseScan(unescapeScanArgument(raw), referenceYear === undefined ? {} : { referenceYear });
      console.log(JSON.stringify(result, null, 2));
      process.exitCode = result.valid ? 0 : 1;
    });

  return scan;
}
