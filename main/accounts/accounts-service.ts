import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database';
import type { SecretCipher } from '../security/secret-cipher';
import type { EventHub } from '../core/event-hub';
import { StationError, notFound } from '../core/errors';
import type { AccountCreate, AccountSummary, AccountUpdate } from '../../shared/ipc/accounts';
import type { Region } from '../../shared/marketplaces';

interface AccountRow {
  id: string;
  name: string;
  type: 'seller' | 'vendor';
  region: Region;
  marketplace_ids: string;
  environment: 'production' | 'sandbox';
  lwa_client_id: string;
  secrets: Buffer;
  practice: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface AccountSecrets {
  lwaClientSecret: string;
  refreshToken: string;
}

/** Everything main needs to call Amazon for an account. Never leaves the main process. */
export interface AccountCredentials extends AccountSummary, AccountSecrets {}

function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    region: row.region,
    marketplaceIds: JSON.parse(row.marketplace_ids) as string[],
    environment: row.environment,
    lwaClientId: row.lwa_client_id,
    practice: row.practice === 1,
    secretsConfigured: row.secrets.length > 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class AccountsService {
  constructor(
    private readonly db: Db,
    private readonly cipher: SecretCipher,
    private readonly events: EventHub,
  ) {}

  list(): AccountSummary[] {
    const rows = this.db.prepare('SELECT * FROM accounts ORDER BY practice DESC, name COLLATE NOCASE').all() as AccountRow[];
    return rows.map(toSummary);
  }

  get(id: string): AccountSummary {
    return toSummary(this.row(id));
  }

  /** Main-process only: decrypts the account's secrets for an SP-API call. */
  credentials(id: string): AccountCredentials {
    const row = this.row(id);
    const secrets = JSON.parse(this.cipher.decrypt(row.secrets)) as AccountSecrets;
    return { ...toSummary(row), ...secrets };
  }

  create(input: AccountCreate, options: { practice?: boolean } = {}): AccountSummary {
    const now = new Date().toISOString();
    const id = randomUUID();
    const sealed = this.cipher.encrypt(
      JSON.stringify({ lwaClientSecret: input.lwaClientSecret, refreshToken: input.refreshToken } satisfies AccountSecrets),
    );
    this.assertNameFree(input.name);
    this.db
      .prepare(
        `INSERT INTO accounts (id, name, type, region, marketplace_ids, environment, lwa_client_id, secrets, practice, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.name, input.type, input.region, JSON.stringify(input.marketplaceIds), input.environment,
        input.lwaClientId, sealed, options.practice ? 1 : 0, now, now);
    this.changed();
    return this.get(id);
  }

  update(input: AccountUpdate): AccountSummary {
    const row = this.row(input.id);
    if (row.practice === 1) throw new StationError('VALIDATION', 'Practice accounts cannot be edited');
    this.assertNameFree(input.name, input.id);
    let sealed = row.secrets;
    if (input.lwaClientSecret !== undefined || input.refreshToken !== undefined) {
      const current = JSON.parse(this.cipher.decrypt(row.secrets)) as AccountSecrets;
      sealed = this.cipher.encrypt(
        JSON.stringify({
          lwaClientSecret: input.lwaClientSecret ?? current.lwaClientSecret,
          refreshToken: input.refreshToken ?? current.refreshToken,
        } satisfies AccountSecrets),
      );
    }
    this.db
      .prepare(
        `UPDATE accounts SET name = ?, type = ?, region = ?, marketplace_ids = ?, environment = ?, lwa_client_id = ?,
         secrets = ?, updated_at = ? WHERE id = ?`,
      )
      .run(input.name, input.type, input.region, JSON.stringify(input.marketplaceIds), input.environment,
        input.lwaClientId, sealed, new Date().toISOString(), input.id);
    this.changed();
    return this.get(input.id);
  }

  remove(id: string): { removed: boolean } {
    const removed = this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
    if (removed) this.changed();
    return { removed };
  }

  private row(id: string): AccountRow {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    if (!row) throw notFound(`Account ${id}`);
    return row;
  }

  private assertNameFree(name: string, exceptId?: string): void {
    const clash = this.db
      .prepare('SELECT id FROM accounts WHERE name = ? COLLATE NOCASE AND id IS NOT ?')
      .get(name, exceptId ?? null) as { id: string } | undefined;
    if (clash) throw new StationError('CONFLICT', `An account named "${name}" already exists`, { field: 'name' });
  }

  private changed(): void {
    this.events.emit('accounts:changed', { accounts: this.list() });
  }
}
