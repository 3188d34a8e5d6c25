import { readFile } from 'node:fs/promises';
import type { SecretCipher } from '../security/secret-cipher';

/** A file whose name ends so holds the station cipher's sealed form of the bytes named before the suffix. */
export const SEALED_SUFFIX = '.sealed';

/**
 * Seals the files a printer leaves on disk when they show a customer (DF labels, packing slips, invoices), so the
 * data directory alone never reveals a name or address: only the station holding the key reads them back.
 */
export interface FileSealer {
  seal(bytes: Uint8Array): Buffer;
  open(sealed: Uint8Array): Buffer;
}

/**
 * The station cipher seals text (the desktop's OS keychain cipher takes strings only), so the bytes travel as
 * base64 inside it.
 */
export function cipherFileSealer(cipher: SecretCipher): FileSealer {
  return {
    seal: (bytes) => cipher.encrypt(Buffer.from(bytes).toString('base64')),
    open: (sealed) => Buffer.from(cipher.decrypt(Buffer.from(sealed)), 'base64'),
  };
}

export function isSealedFile(file: string): boolean {
  return file.endsWith(SEALED_SUFFIX);
}

/** The name a file has once the suffix is taken off: what the bytes inside are (`x.preview.png.sealed` is a PNG). */
export function plainName(file: string): string {
  return isSealedFile(file) ? file.slice(0, -SEALED_SUFFIX.length) : file;
}

/** A job file's bytes as printed: sealed files are opened with the station's key, and refused without one. */
export async function readJobFile(file: string, sealer: FileSealer | undefined): Promise<Buffer> {
  const bytes = await readFile(file);
  if (!isSealedFile(file)) return bytes;
  if (!sealer) throw new Error(`${file} is sealed with the station key; only the station can open it.`);
  return sealer.open(bytes);
}
