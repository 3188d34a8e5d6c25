import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { tempDir } from '../../test/support/temp-dir';
import { aesGcmCipher, SecretUnreadableError } from '../security/secret-cipher';
import { cipherFileSealer, plainName, readJobFile } from './sealed-files';
import { VirtualPrinter } from './virtual-printer';
import type { LabelGeometry } from '../labels/raster-to-zpl';

const GEOMETRY: LabelGeometry = { dpi: 203, widthIn: 4, heightIn: 6 };
const CUSTOMER = 'Ada Quinteros';
const zpl = Buffer.from(`^XA^PW812^LL1218^FO60,210^A0N,40,40^FD${CUSTOMER}^FS^FO60,258^A0N,36,36^FD17 Harbour Lane^FS^XZ`);

describe('sealed virtual printer files', () => {
  it('writes a personal job and its preview sealed; the station key opens exactly the printed bytes', async () => {
    const dir = tempDir();
    try {
      const sealer = cipherFileSealer(aesGcmCipher(randomBytes(32)));
      const printer = new VirtualPrinter(dir.path, GEOMETRY, undefined, sealer);
      const sent = await printer.send({ format: 'zpl', bytes: zpl, title: 'DF label 1', personal: true });
      expect(sent.files).toHaveLength(2);
      expect(sent.destination).toBe(sent.files![0]);
      for (const file of sent.files!) {
        expect(file.endsWith('.sealed')).toBe(true);
        const raw = readFileSync(file).toString('latin1');
        expect(raw).not.toContain(CUSTOMER);
        expect(raw).not.toContain('Harbour');
      }
      expect(readdirSync(dir.path).every((f) => f.endsWith('.sealed'))).toBe(true);
      expect((await readJobFile(sent.destination, sealer)).equals(zpl)).toBe(true);
      const preview = PNG.sync.read(await readJobFile(sent.files![1]!, sealer));
      expect([preview.width, preview.height]).toEqual([812, 1218]);
      expect(plainName(sent.files![1]!).endsWith('.preview.png')).toBe(true);

      await expect(readJobFile(sent.destination, undefined)).rejects.toThrow(/sealed with the station key/);
      const otherStation = cipherFileSealer(aesGcmCipher(randomBytes(32)));
      await expect(readJobFile(sent.destination, otherStation)).rejects.toThrow(SecretUnreadableError);
    } finally {
      dir.cleanup();
    }
  });

  it('refuses a personal job when it has no key, and leaves other jobs as the printer gets them', async () => {
    const dir = tempDir();
    try {
      const keyless = new VirtualPrinter(dir.path, GEOMETRY);
      await expect(keyless.send({ format: 'zpl', bytes: zpl, title: 'DF label 1', personal: true })).rejects.toMatchObject({ code: 'failed' });
      expect(readdirSync(dir.path)).toEqual([]);
      const plain = await keyless.send({ format: 'zpl', bytes: zpl, title: 'FNSKU labels' });
      expect(readFileSync(plain.destination).equals(zpl)).toBe(true);
    } finally {
      dir.cleanup();
    }
  });
});
