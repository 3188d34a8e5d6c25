import { afterEach, describe, expect, it } from 'vitest';
import { statSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { aesGcmCipher, keyFileCipher, SecretUnreadableError } from './secret-cipher';
import { tempDir } from '../../test/support/temp-dir';

const dirs: { cleanup(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

describe('secret cipher', () => {
  it('round-trips text, including Chinese', () => {
    const cipher = aesGcmCipher(randomBytes(32));
    const sealed = cipher.encrypt('深圳仓 Atzr|token');
    expect(sealed.toString('latin1')).not.toContain('Atzr');
    expect(cipher.decrypt(sealed)).toBe('深圳仓 Atzr|token');
  });

  it('never produces the same ciphertext twice for the same secret', () => {
    const cipher = aesGcmCipher(randomBytes(32));
    expect(cipher.encrypt('same').equals(cipher.encrypt('same'))).toBe(false);
  });

  it('detects tampering and a wrong key', () => {
    const cipher = aesGcmCipher(randomBytes(32));
    const sealed = cipher.encrypt('refresh token');
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => cipher.decrypt(tampered)).toThrow(SecretUnreadableError);
    expect(() => aesGcmCipher(randomBytes(32)).decrypt(sealed)).toThrow(/wrong key or damaged/);
    expect(() => cipher.decrypt(Buffer.from([9, 9]))).toThrow(/unknown format/);
  });

  it('keeps one owner-only key per data directory, outside it, and reuses it', () => {
    const dir = tempDir();
    dirs.push(dir);
    const dataDir = join(dir.path, 'data');
    const keyDir = join(dir.path, 'keys');
    const first = keyFileCipher(dataDir, keyDir);
    expect(dirname(first.keyFile)).toBe(keyDir);
    expect(first.keyFile.startsWith(dataDir)).toBe(false);
    if (process.platform !== 'win32') expect(statSync(first.keyFile).mode & 0o777).toBe(0o600);
    const sealed = first.encrypt('secret');
    const again = keyFileCipher(dataDir, keyDir);
    expect(again.keyFile).toBe(first.keyFile);
    expect(again.decrypt(sealed)).toBe('secret');
    expect(readFileSync(first.keyFile, 'utf8').trim()).toHaveLength(44);

    const other = keyFileCipher(join(dir.path, 'other-data'), keyDir);
    expect(other.keyFile).not.toBe(first.keyFile);
  });
});
