import { join } from 'node:path';
import { createStation, type Station } from '../../main/core/station';
import { keyFileCipher } from '../../main/security/secret-cipher';
import { tempDir } from './temp-dir';

/** A station core on a fresh data directory, with its key kept in a separate fresh folder. */
export function testStation(): { station: Station; dataDir: string; keyDir: string; cleanup(): Promise<void> } {
  const dir = tempDir();
  const dataDir = join(dir.path, 'data');
  const keyDir = join(dir.path, 'keys');
  const station = createStation({ dataDir, cipher: keyFileCipher(dataDir, keyDir), host: 'browser', log: () => undefined, startSync: false });
  return {
    station,
    dataDir,
    keyDir,
    async cleanup() {
      await station.close();
      dir.cleanup();
    },
  };
}

export const sampleAccount = {
  name: 'Shenzhen Seller',
  type: 'seller' as const,
  region: 'NA' as const,
  marketplaceIds: ['ATVPDKIKX0DER'],
  environment: 'production' as const,
  lwaClientId: 'amzn1.application-oa2-client.0123456789abcdef',
  lwaClientSecret: 'amzn1.oa2-cs.v1.SECRET-client-secret-value-7f3a',
  refreshToken: 'Atzr|SECRET-refresh-token-value-9c1e',
};
