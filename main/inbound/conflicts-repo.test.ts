import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStation, sampleAccount } from '../../test/support/station';
import type { Station } from '../core/station';
import { CONFLICT_HOLD_CODE, ConflictsRepo } from './conflicts-repo';
import { conflictHold } from './conflicts-service';

let station: Station;
let cleanup: () => Promise<void>;
let planId: string;
let accountId: string;

beforeEach(() => {
  const s = testStation();
  station = s.station;
  cleanup = s.cleanup;
  accountId = station.accounts.create(sampleAccount).id;
  const shipFrom = station.plans.saveShipFrom({
    accountId,
    label: 'Home',
    address: { name: 'A', addressLine1: '1 Road', city: 'Seattle', postalCode: '98109', countryCode: 'US', phoneNumber: '2065550100' },
  });
  planId = station.plans.create({ accountId, marketplaceId: 'ATVPDKIKX0DER', shipFromId: shipFrom.id, flow: 'pack_first', items: [{ msku: 'SKU-1', quantity: 1, prepOwner: 'NONE', labelOwner: 'SELLER' }] }).id;
});
afterEach(() => cleanup());

describe('conflicts store (migration 0010)', () => {
  it('keeps one open conflict per entity and field, updated with Amazon’s latest value; a resolved one makes room for a new one', () => {
    const repo = new ConflictsRepo(station.db);
    const first = repo.record({ planId, entityKind: 'plan', entityId: planId, field: 'name', localValue: 'Mine', amazonValue: 'Theirs' });
    const again = repo.record({ planId, entityKind: 'plan', entityId: planId, field: 'name', localValue: 'Mine', amazonValue: 'Theirs, renamed again' });
    expect(again.id).toBe(first.id);
    expect(repo.open(planId)).toHaveLength(1);
    expect(repo.open(planId)[0]!.amazonValue).toBe('Theirs, renamed again');
    expect(repo.openCounts().get(planId)).toBe(1);

    repo.close(first.id, 'kept_local', 'Bench 1');
    expect(repo.get(first.id)).toMatchObject({ state: 'kept_local', resolvedBy: 'Bench 1' });
    expect(repo.open(planId)).toEqual([]);
    const next = repo.record({ planId, entityKind: 'plan', entityId: planId, field: 'name', localValue: 'Mine', amazonValue: 'Third' });
    expect(next.id).not.toBe(first.id);
    // The database itself refuses a second open conflict of the same field.
    expect(() =>
      station.db
        .prepare(`INSERT INTO inbound_conflicts (plan_id, entity_kind, entity_id, field, local_value, amazon_value, state, detected_at, updated_at) VALUES (?, 'plan', ?, 'name', '1', '2', 'open', 0, 0)`)
        .run(planId, planId),
    ).toThrow(/UNIQUE/);
  });

  it('holds the plan’s entries while a conflict is open and lets only held ones go on release', () => {
    const repo = new ConflictsRepo(station.db);
    const hold = conflictHold(repo);
    const [create] = station.outbox.forEntity(`plan:${planId}`);
    expect(hold(create!)).toBeNull();
    repo.record({ planId, entityKind: 'plan', entityId: planId, field: 'boxes', localValue: { boxes: 1 }, amazonValue: { boxes: 2 } });
    const reason = hold(create!);
    expect(reason?.code).toBe(CONFLICT_HOLD_CODE);
    expect(reason?.message).toContain('boxes');
    const refresh = station.outbox.enqueue({ accountId, entity: `plan:${planId}`, op: 'inbound.refreshPlan', payload: { planId } });
    expect(hold(refresh)).toBeNull();
    expect(hold({ ...create!, entity: 'order:x' })).toBeNull();

    station.outbox.hold(create!.id, reason!, 600_000);
    station.outbox.markRetry(refresh.id, 600_000, { code: 'TRANSIENT', message: 'HTTP 503' }, false);
    expect(repo.releaseHeld(planId)).toBe(1);
    expect(station.outbox.get(create!.id)!.lastError).toBeNull();
    expect(station.outbox.get(refresh.id)!.lastError?.code).toBe('TRANSIENT');
  });
});
