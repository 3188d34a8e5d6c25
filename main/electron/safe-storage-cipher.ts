import { safeStorage } from 'electron';
import type { SecretCipher } from '../security/secret-cipher';
import { SecretUnreadableError } from '../security/secret-cipher';

/** Secrets sealed by the operating system's keychain (DPAPI, Keychain, libsecret) through Electron's safeStorage. */
export function safeStorageCipher(): SecretCipher {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('The operating system offers no secure storage to Packbench; it cannot keep account secrets safely.');
  }
  return {
    kind: 'os-keychain',
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => {
      try {
        return safeStorage.decryptString(sealed);
      } catch {
        throw new SecretUnreadableError('the operating system keychain refused it');
      }
    },
  };
}
