import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';
import type { PracticeAccount } from './practice-accounts';

export interface RestrictedResourceGrant {
  method: string;
  path: string;
}

export interface IssuedToken {
  account: PracticeAccount;
  kind: 'access' | 'restricted';
  expiresAt: number;
  /** Only for restricted data tokens: the resources the token opens. */
  resources: RestrictedResourceGrant[];
}

export type TokenCheck =
  | { ok: true; token: IssuedToken }
  | { ok: false; reason: 'missing' | 'unknown' | 'expired' };

/** Access tokens and restricted data tokens issued by the practice LWA and Tokens API, with their expiry. */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly clock: Clock) {}

  issue(account: PracticeAccount, kind: IssuedToken['kind'], lifetimeSec: number, resources: RestrictedResourceGrant[] = []): string {
    const now = this.clock.now();
    // Expired tokens are forgotten as new ones are issued, so a long practice session does not accumulate them.
    for (const [old, issued] of this.tokens) if (issued.expiresAt <= now) this.tokens.delete(old);
    const prefix = kind === 'access' ? 'Atza|' : 'Atz.sprdt|';
    const token = prefix + randomBytes(24).toString('base64url');
    this.tokens.set(token, { account, kind, expiresAt: now + lifetimeSec * 1000, resources });
    return token;
  }

  check(token: string | undefined): TokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const issued = this.tokens.get(token);
    if (!issued) return { ok: false, reason: 'unknown' };
    if (this.clock.now() >= issued.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, token: issued };
  }

  /** Unexpired tokens with the account they belong to, for the practice marketplace's saved state. */
  snapshot(): { token: string; accountId: string; kind: IssuedToken['kind']; expiresAt: number; resources: RestrictedResourceGrant[] }[] {
    const now = this.clock.now();
    return [...this.tokens]
      .filter(([, issued]) => issued.expiresAt > now)
      .map(([token, issued]) => ({ token, accountId: issued.account.accountId, kind: issued.kind, expiresAt: issued.expiresAt, resources: issued.resources }));
  }

  /** Takes back saved tokens; tokens of accounts the marketplace no longer knows are dropped. */
  restore(saved: ReturnType<TokenStore['snapshot']>, accounts: readonly PracticeAccount[]): void {
    for (const entry of saved) {
      const account = accounts.find((a) => a.accountId === entry.accountId);
      if (account) this.tokens.set(entry.token, { account, kind: entry.kind, expiresAt: entry.expiresAt, resources: entry.resources });
    }
  }

  /** Forgets every token of an account, as a revoked authorisation would. */
  revokeAccount(accountId: string): void {
    for (const [token, issued] of this.tokens) if (issued.account.accountId === accountId) this.tokens.delete(token);
  }
}
