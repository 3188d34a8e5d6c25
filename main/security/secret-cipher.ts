import { createCipheriv, createDecipheriv, randomBytes, createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

/** Encrypts secrets and personal data before they reach the database. */
export interface SecretCipher {
  readonly kind: 'os-keychain' | 'key-file';
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export class SecretUnreadableError extends Error {
  constructor(reason: string) {
    super(`A stored secret cannot be decrypted (${reason}). Re-enter the account's credentials in Settings.`);
    this.name = 'SecretUnreadableError';
  }
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM with a 32-byte key: [version][iv][tag][ciphertext]. */
export function aesGcmCipher(key: Buffer): SecretCipher {
  if (key.length !== 32) throw new Error('The station key must be 32 bytes');
  return {
    kind: 'key-file',
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
        throw new SecretUnreadableError('unknown format');
      }
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretUnreadableError('wrong key or damaged data');
      }
    },
  };
}

/**
 * Where the browser host keeps its key: in the user's own configuration
 * folder, not in the data directory, so a copied or backed-up database (or a
 * support bundle of the data directory) is useless without the key. One key
 * per data directory, named by a hash of its real path.
 */
export function defaultKeyDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PACKBENCH_KEY_DIR) return env.PACKBENCH_KEY_DIR;
  if (platform() === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Packbench', 'keys');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Packbench', 'keys');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'packbench', 'keys');
}

export function keyFileFor(dataDir: string, keyDir: string): string {
  const real = existsSync(dataDir) ? realpathSync(dataDir) : dataDir;
  const id = createHash('sha256').update(real).digest('hex').slice(0, 24);
  return join(keyDir, `${id}.key`);
}

/** Loads the data directory's key, creating it (owner-only) on first use. */
export function keyFileCipher(dataDir: string, keyDir = defaultKeyDir()): SecretCipher & { keyFile: string } {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const keyFile = keyFileFor(dataDir, keyDir);
  let key: Buffer;
  if (existsSync(keyFile)) {
    key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
  } else {
    key = randomBytes(32);
    writeFileSync(keyFile, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    if (platform() !== 'win32') chmodSync(keyFile, 0o600);
  }
  return Object.assign(aesGcmCipher(key), { keyFile });
}
