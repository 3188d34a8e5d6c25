import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PrinterProfile, type PrinterProfileInput } from '../../shared/labels/printer-profile';
import { PrintError } from './print-error';
import { parseProfile } from './print-service';

const StoredProfiles = z.object({ profiles: z.array(PrinterProfile) });

export const VIRTUAL_PRINTER_NAME = 'Virtual printer';

/** The printer every new station starts with: 4x6 ZPL labels saved as files under the data folder. */
export function defaultVirtualProfile(dataDir: string): PrinterProfile {
  return parseProfile({ name: VIRTUAL_PRINTER_NAME, language: 'zpl', connection: { kind: 'virtual', dir: join(dataDir, 'virtual-printer') } });
}

/**
 * Per-station printer profiles in printers.json beside the station database:
 * a station's printers belong to the machine, not to the synced data.
 */
export class PrinterProfileStore {
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'printers.json');
  }

  list(): PrinterProfile[] {
    const stored = this.read();
    return stored.some((p) => p.name === VIRTUAL_PRINTER_NAME) ? stored : [defaultVirtualProfile(this.dataDir), ...stored];
  }

  get(name: string): PrinterProfile | undefined {
    return this.list().find((p) => p.name.toLowerCase() === name.toLowerCase());
  }

  save(input: PrinterProfileInput): PrinterProfile {
    const profile = parseProfile(input);
    const others = this.read().filter((p) => p.name.toLowerCase() !== profile.name.toLowerCase());
    this.write([...others, profile]);
    return profile;
  }

  remove(name: string): boolean {
    const stored = this.read();
    const kept = stored.filter((p) => p.name.toLowerCase() !== name.toLowerCase());
    if (kept.length === stored.length) return false;
    this.write(kept);
    return true;
  }

  private read(): PrinterProfile[] {
    if (!existsSync(this.file)) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch (error) {
      throw new PrintError('bad-profile', `${this.file} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = StoredProfiles.safeParse(raw);
    if (!parsed.success) throw new PrintError('bad-profile', `${this.file} holds an invalid printer profile: ${parsed.error.issues[0]?.message}`);
    return parsed.data.profiles;
  }

  /** Written to a temp file and renamed, so a crash never leaves half a file. */
  private write(profiles: PrinterProfile[]): void {
    mkdirSync(this.dataDir, { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify({ profiles }, null, 2));
    renameSync(temp, this.file);
  }
}
