import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../test/support/temp-dir';
import { decodedTexts } from '../../test/support/barcode-reader';
import { Printing } from './printing';

describe('Printing (the station facade)', () => {
  it('prints a test label to the virtual printer by default and previews what it wrote', async () => {
    const dir = tempDir();
    try {
      const printing = new Printing(dir.path);
      const result = await printing.testPrint();
      expect(result.destination.startsWith(join(dir.path, 'virtual-printer'))).toBe(true);
      expect(result.format).toBe('zpl');
      const preview = await printing.preview(readFileSync(result.destination));
      expect(preview.format).toBe('zpl');
      expect(await decodedTexts(preview.pngs[0]!)).toEqual(['PACKBENCH-TEST']);
      expect((await printing.status()).state).toBe('ready');
      expect(() => printing.profile('Nowhere')).toThrow(/No printer profile named "Nowhere"/);
      expect(existsSync(join(dir.path, 'printers.json'))).toBe(false);
    } finally {
      dir.cleanup();
    }
  });
});
