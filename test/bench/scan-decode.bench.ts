import { performance } from 'node:perf_hooks';
import { gs1CheckDigit } from '../../shared/scan/check-digit';
import { GS } from '../../shared/scan/gs1';
import { parseScan } from '../../shared/scan/parse-scan';
import { WedgeDetector } from '../../shared/scan/wedge';
import { median, round, type BenchResult } from './bench-result';

const SCANS = 100_000;
const RUNS = 5;

/** Deterministic pseudo-random numbers (mulberry32) so every run decodes the same corpus. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mix a prep-centre bench sees: mostly product codes and FNSKUs, then carton labels, tracking, and some junk. */
function corpus(count: number): string[] {
  const next = rng(7);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join('');
  const alnum = (n: number) => Array.from({ length: n }, () => '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(next() * 34)]).join('');
  const withCheck = (body: string) => body + gs1CheckDigit(body);
  const makers: Array<() => string> = [
    () => `X00${alnum(7)}`,
    () => `B0${alnum(8)}`,
    () => withCheck(`0${digits(10)}`),
    () => withCheck(`4${digits(11)}`),
    () => withCheck(`1${digits(12)}`),
    () => withCheck(`0${digits(16)}`),
    () => `]C1${'00'}${withCheck(`0${digits(16)}`)}`,
    () => `]d2${'01'}${withCheck(`0${digits(12)}`)}${'17'}2712${'31'}${'10'}${alnum(6)}${GS}${'21'}${alnum(8)}`,
    () => `FBA${alnum(9)}U${digits(6)}`,
    () => `1Z${alnum(16)}`,
    () => withCheck(`94${digits(19)}`),
    () => `TBA${digits(12)}`,
    () => `${digits(12)}`,
    () => alnum(5 + Math.floor(next() * 20)),
  ];
  return Array.from({ length: count }, () => (makers[Math.floor(next() * makers.length)] as () => string)());
}

/** Decodes and classifies 100,000 scans (median of 5 runs after a warm-up) and feeds the wedge detector 200 chars/s bursts. */
export async function run(): Promise<BenchResult> {
  const scans = corpus(SCANS);
  let valid = 0;
  for (const s of scans) if (parseScan(s).valid) valid++;
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const s of scans) parseScan(s);
    times.push(performance.now() - start);
  }
  const ms = median(times);

  const wedgeTimes: number[] = [];
  let wedgeScans = 0;
  const bursts = scans.slice(0, 20_000);
  for (let r = 0; r < RUNS; r++) {
    const detector = new WedgeDetector();
    let t = 0;
    wedgeScans = 0;
    const start = performance.now();
    for (const burst of bursts) {
      for (const key of burst) {
        for (const out of detector.feed(key, t)) if (out.type === 'scan') wedgeScans++;
        t += 5;
      }
      for (const out of detector.feed('Enter', t)) if (out.type === 'scan') wedgeScans++;
      t += 500;
    }
    wedgeTimes.push(performance.now() - start);
  }
  const keys = bursts.reduce((n, b) => n + b.length + 1, 0);

  return {
    name: 'Scan decode and classify',
    figures: {
      'scans decoded': SCANS,
      'valid in corpus': valid,
      'ms per 100,000 scans (median)': round(ms, 1),
      'µs per scan': round((ms * 1000) / SCANS, 2),
      'wedge detector keys': keys,
      'wedge detector ms (median)': round(median(wedgeTimes), 1),
      'wedge bursts taken as scans': `${wedgeScans} of ${bursts.length}`,
    },
    notes: [`${RUNS} timed runs after one warm-up; corpus is deterministic (seeded), 14 shapes from FNSKUs to junk`],
  };
}
