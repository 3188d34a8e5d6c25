import { randomUUID } from 'node:crypto';
import type { CreatePlan, PlanDetail, PlanSummary, ShipFrom, Address } from '../../shared/ipc/inbound';
import { MARKETPLACES } from '../../shared/marketplaces';
import { StationError } from '../core/errors';
import type { AccountsService } from '../accounts/accounts-service';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { CatalogueService } from './catalogue-service';
import type { InboundRepo, PlanRow } from './inbound-repo';
import type { InboundOp } from './sync/inbound-ops';

/** Plans at the station: each change is one local transaction together with the outbox entries that tell Amazon. */
export class PlanService {
  constructor(
    private readonly repo: InboundRepo,
    private readonly accounts: AccountsService,
    private readonly catalogue: CatalogueService,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  private enqueue(plan: Pick<PlanRow, 'id' | 'account_id'>, op: InboundOp, payload: Record<string, unknown> = {}, coalesce = false): void {
    this.outbox.enqueue({ accountId: plan.account_id, entity: `plan:${plan.id}`, op, payload: { planId: plan.id, ...payload }, coalesce });
  }

  private commit<T>(work: () => T): T {
    const result = this.db.transaction(work).immediate();
    this.kick();
    return result;
  }

  list(query?: string): PlanSummary[] {
    const q = query?.trim();
    let rows: PlanRow[];
    if (!q) {
      rows = this.db.prepare('SELECT * FROM inbound_plans ORDER BY updated_at DESC LIMIT 500').all() as PlanRow[];
    } else {
      // A scan in the search box finds the plan: by its ids, names, shipments, box ids, SKUs, FNSKUs or tracking numbers.
      rows = this.db
        .prepare(
          `SELECT DISTINCT p.* FROM inbound_plans p
           LEFT JOIN inbound_shipments s ON s.plan_id = p.id
           LEFT JOIN inbound_boxes b ON b.plan_id = p.id
           LEFT JOIN inbound_plan_items i ON i.plan_id = p.id
           WHERE p.id = @q OR p.amazon_plan_id = @q OR p.name LIKE @like ESCAPE '\\'
              OR s.shipment_id = @q OR s.confirmation_id = @q OR b.amazon_box_id = @q OR b.tracking_id = @q
              OR i.msku = @q OR i.fnsku = @q OR json_extract(s.tracking, '$.proNumber') = @q
              OR (length(@q) > 12 AND b.amazon_box_id IS NOT NULL AND @q LIKE s.confirmation_id || 'U%')
           ORDER BY p.updated_at DESC LIMIT 200`,
        )
        .all({ q, like: `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` }) as PlanRow[];
    }
    return rows.map((r) => this.repo.summary(r));
  }

  get(planId: string): PlanDetail {
    return this.repo.detail(planId);
  }

  shipFromList(accountId: string): ShipFrom[] {
    const rows = this.db.prepare('SELECT id FROM ship_from_addresses WHERE account_id = ? ORDER BY label').all(accountId) as { id: string }[];
    return rows.map((r) => this.repo.shipFrom(r.id));
  }

  saveShipFrom(input: { id?: string; accountId: string; label: string; address: Address }): ShipFrom {
    this.accounts.get(input.accountId);
    const at = Date.now();
    const id = input.id ?? randomUUID();
    this.db
      .prepare(
        `INSERT INTO ship_from_addresses (id, account_id, label, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET label = excluded.label, address = excluded.address, updated_at = excluded.updated_at`,
      )
      .run(id, input.accountId, input.label, JSON.stringify(input.address), at, at);
    return this.repo.shipFrom(id);
  }

  create(input: CreatePlan): PlanDetail {
    const account = this.accounts.get(input.accountId);
    if (account.type !== 'seller') throw new StationError('VALIDATION', 'Send to Amazon plans belong to seller accounts; this is a vendor account.');
    const marketplace = MARKETPLACES[input.marketplaceId];
    if (!marketplace) throw new StationError('VALIDATION', `Unknown marketplace ${input.marketplaceId}`);
    if (marketplace.inboundUnsupported) throw new StationError('VALIDATION', marketplace.inboundUnsupported);
    if (!account.marketplaceIds.includes(input.marketplaceId)) {
      throw new StationError('VALIDATION', `${account.name} does not sell in ${marketplace.name}; add the marketplace to the account first.`);
    }
    const shipFrom = this.repo.shipFrom(input.shipFromId);
    if (shipFrom.accountId !== input.accountId) throw new StationError('VALIDATION', 'That ship-from address belongs to another account.');
    const seen = new Set<string>();
    for (const item of input.items) {
      const key = `${item.msku}|${item.expiration ?? ''}`;
      if (seen.has(key)) throw new StationError('VALIDATION', `${item.msku} is listed twice${item.expiration ? ` with expiration ${item.expiration}` : ''}: merge the lines.`);
      seen.add(key);
      const known = this.catalogue.get(input.accountId, item.msku);
      if (known?.requiresExpiration && !item.expiration) throw new StationError('VALIDATION', `${item.msku} needs an expiration date.`);
    }
    const id = randomUUID();
    // The short id in the name lets the station find its own plan on Amazon after an ambiguous create.
    const name = `${(input.name?.trim() || `${marketplace.country} ${new Date().toISOString().slice(0, 10)}`).slice(0, 30)} PB-${id.slice(0, 8)}`;
    return this.commit(() => {
      const at = Date.now();
      this.db
        .prepare(
          `INSERT INTO inbound_plans (id, account_id, marketplace_id, ship_from_id, name, flow, status, step, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'active', 'creating', ?, ?)`,
        )
        .run(id, input.accountId, input.marketplaceId, input.shipFromId, name, input.flow, at, at);
      const insert = this.db.prepare(
        'INSERT INTO inbound_plan_items (plan_id, msku, fnsku, quantity, prep_owner, label_owner, expiration, lot_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const item of input.items) {
        insert.run(id, item.msku, this.catalogue.get(input.accountId, item.msku)?.fnsku ?? null, item.quantity, item.prepOwner, item.labelOwner, item.expiration ?? null, item.lotCode ?? null);
      }
      const plan = { id, account_id: input.accountId };
      this.enqueue(plan, 'inbound.createPlan');
      if (input.flow === 'pack_first') {
        this.enqueue(plan, 'inbound.generatePackingOptions');
        this.enqueue(plan, 'inbound.fetchPackingOptions');
      } else {
        this.enqueue(plan, 'inbound.generatePlacementOptions');
        this.enqueue(plan, 'inbound.fetchPlacementOptions');
      }
      this.audit.record('inbound.plan.create', `plan:${id}`, { flow: input.flow, skus: input.items.length, units: input.items.reduce((n, i) => n + i.quantity, 0) });
      return this.repo.detail(id);
    });
  }

  choosePackingOption(planId: string, packingOptionId: string): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      if (plan.flow !== 'pack_first') throw new StationError('CONFLICT', 'Packing options belong to pack-first plans.');
      if (plan.step !== 'choose_packing') throw new StationError('CONFLICT', `The packing option can only be chosen before packing starts (now: ${plan.step}).`);
      const option = this.db.prepare('SELECT status FROM inbound_packing_options WHERE plan_id = ? AND packing_option_id = ?').get(planId, packingOptionId) as
        | { status: string }
        | undefined;
      if (!option) throw new StationError('NOT_FOUND', `Packing option ${packingOptionId} is not offered for this plan.`);
      this.repo.touch(planId, { packing_option_id: packingOptionId, step: 'packing' });
      this.enqueue(plan, 'inbound.confirmPackingOption', { packingOptionId });
      this.audit.record('inbound.packing-option.choose', `plan:${planId}`, { packingOptionId });
      return this.repo.detail(planId);
    });
  }

  /** All boxes are packed and closed: send them, then ask for placement (pack first) or transport (place first). */
  submitPacking(planId: string): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      if (plan.step !== 'packing') throw new StationError('CONFLICT', `Packing can be submitted only while packing (now: ${plan.step}).`);
      const boxes = this.repo.boxes(planId);
      if (boxes.length === 0) throw new StationError('VALIDATION', 'Pack at least one box first.');
      const open = boxes.filter((b) => b.status === 'open');
      if (open.length > 0) throw new StationError('VALIDATION', `Close box ${open.map((b) => b.number).join(', ')} first (weight and size).`);
      const planned = new Map(this.repo.items(planId).map((i) => [i.msku, 0]));
      for (const item of this.repo.items(planId)) planned.set(item.msku, (planned.get(item.msku) ?? 0) + item.quantity);
      const packed = this.repo.packedUnits(planId);
      const short = [...planned].filter(([msku, n]) => (packed.get(msku) ?? 0) < n).map(([msku, n]) => `${msku} ${packed.get(msku) ?? 0}/${n}`);
      if (short.length > 0) throw new StationError('VALIDATION', `Not everything is packed yet: ${short.slice(0, 5).join(', ')}${short.length > 5 ? ` and ${short.length - 5} more` : ''}.`, { short });
      if (plan.flow === 'place_first') this.checkShipmentContents(plan);
      this.enqueue(plan, 'inbound.setPackingInformation', {}, true);
      if (plan.flow === 'pack_first') {
        this.repo.touch(planId, { step: 'placement' });
        this.enqueue(plan, 'inbound.generatePlacementOptions');
        this.enqueue(plan, 'inbound.fetchPlacementOptions');
        this.enqueue(plan, 'inbound.exploreTransport');
      } else {
        this.repo.touch(planId, { step: 'transport' });
        // LTL quotes need each shipment's pallets and freight details; until they are all in, the transport step asks for them.
        if (!this.freightMissing(plan)) {
          this.enqueue(plan, 'inbound.generateTransport');
          this.enqueue(plan, 'inbound.exploreTransport');
        }
      }
      this.audit.record('inbound.packing.submit', `plan:${planId}`, { boxes: boxes.length });
      return this.repo.detail(planId);
    });
  }

  /** Place first: each shipment's boxes must hold exactly what Amazon put in that shipment, or Amazon refuses them. */
  private checkShipmentContents(plan: PlanRow): void {
    const expected = this.db
      .prepare(
        `SELECT i.shipment_id, i.msku, sum(i.quantity) AS quantity FROM inbound_shipment_items i JOIN inbound_shipments s ON s.plan_id = i.plan_id AND s.shipment_id = i.shipment_id
         WHERE i.plan_id = ? AND s.placement_option_id = ? GROUP BY i.shipment_id, i.msku`,
      )
      .all(plan.id, plan.placement_option_id) as { shipment_id: string; msku: string; quantity: number }[];
    if (expected.length === 0) return;
    const packed = this.db
      .prepare(
        `SELECT b.shipment_id, bi.msku, sum(bi.quantity) AS quantity FROM inbound_box_items bi JOIN inbound_boxes b ON b.id = bi.box_id
         WHERE b.plan_id = ? GROUP BY b.shipment_id, bi.msku`,
      )
      .all(plan.id) as { shipment_id: string | null; msku: string; quantity: number }[];
    const key = (shipmentId: string | null, msku: string) => `${shipmentId ?? ''}|${msku}`;
    const want = new Map(expected.map((e) => [key(e.shipment_id, e.msku), e.quantity]));
    const got = new Map(packed.map((p) => [key(p.shipment_id, p.msku), p.quantity]));
    const wrong = [...new Set([...want.keys(), ...got.keys()])]
      .filter((k) => (want.get(k) ?? 0) !== (got.get(k) ?? 0))
      .map((k) => {
        const [shipmentId, msku] = k.split('|') as [string, string];
        return `${msku} in ${shipmentId || 'no shipment'} ${got.get(k) ?? 0}/${want.get(k) ?? 0}`;
      });
    if (wrong.length > 0) {
      throw new StationError('VALIDATION', `Boxes do not match what Amazon placed in each shipment: ${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ` and ${wrong.length - 5} more` : ''}.`, { wrong });
    }
  }

  private freightMissing(plan: PlanRow): boolean {
    const row = this.db
      .prepare(
        `SELECT count(*) AS n FROM inbound_shipments s LEFT JOIN inbound_freight f ON f.plan_id = s.plan_id AND f.shipment_id = s.shipment_id
         WHERE s.plan_id = ? AND s.placement_option_id = ? AND f.shipment_id IS NULL`,
      )
      .get(plan.id, plan.placement_option_id) as { n: number };
    return row.n > 0;
  }

  choosePlacement(planId: string, placementOptionId: string): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      const allowed = plan.flow === 'pack_first' ? plan.step === 'placement' : plan.step === 'placement';
      if (!allowed) throw new StationError('CONFLICT', `A placement option can be chosen only at the placement step (now: ${plan.step}).`);
      const option = this.db.prepare('SELECT expires_at FROM inbound_placement_options WHERE plan_id = ? AND placement_option_id = ?').get(planId, placementOptionId) as
        | { expires_at: string | null }
        | undefined;
      if (!option) throw new StationError('NOT_FOUND', `Placement option ${placementOptionId} is not offered for this plan.`);
      if (option.expires_at && Date.parse(option.expires_at) < Date.now()) {
        throw new StationError('CONFLICT', 'This placement option has expired: refresh the plan to get new options.', { code: 'EXPIRED' });
      }
      this.repo.touch(planId, { placement_option_id: placementOptionId, step: plan.flow === 'pack_first' ? 'transport' : 'packing' });
      this.enqueue(plan, 'inbound.confirmPlacement', { placementOptionId });
      this.enqueue(plan, 'inbound.fetchShipments');
      this.audit.record('inbound.placement.choose', `plan:${planId}`, { placementOptionId });
      return this.repo.detail(planId);
    });
  }

  chooseTransport(planId: string, selections: { shipmentId: string; transportationOptionId: string; deliveryWindowOptionId?: string }[]): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      if (plan.step !== 'transport') throw new StationError('CONFLICT', `Transport is chosen at the transport step (now: ${plan.step}).`);
      const shipments = this.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ?').all(planId, plan.placement_option_id) as {
        shipment_id: string;
      }[];
      const missing = shipments.filter((s) => !selections.some((sel) => sel.shipmentId === s.shipment_id));
      if (missing.length > 0) throw new StationError('VALIDATION', `Choose transport for every shipment: ${missing.map((s) => s.shipment_id).join(', ')} has none.`);
      for (const sel of selections) {
        const option = this.db
          .prepare('SELECT shipping_solution, raw FROM inbound_transportation_options WHERE plan_id = ? AND transportation_option_id = ? AND shipment_id = ?')
          .get(planId, sel.transportationOptionId, sel.shipmentId) as { shipping_solution: string; raw: string } | undefined;
        if (!option) throw new StationError('NOT_FOUND', `Transportation option ${sel.transportationOptionId} is not offered for shipment ${sel.shipmentId}.`);
        if (option.shipping_solution === 'USE_YOUR_OWN_CARRIER' && !sel.deliveryWindowOptionId) {
          throw new StationError('VALIDATION', `Shipment ${sel.shipmentId} uses your own carrier: choose its delivery window.`);
        }
        // Amazon's partnered LTL, among others, is confirmed only after a delivery window is.
        if (windowRequired(option.raw) && !sel.deliveryWindowOptionId) {
          throw new StationError('VALIDATION', `The transport chosen for shipment ${sel.shipmentId} needs a confirmed delivery window: choose one.`);
        }
        this.db
          .prepare('UPDATE inbound_shipments SET transportation_option_id = ?, delivery_window_option_id = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?')
          .run(sel.transportationOptionId, sel.deliveryWindowOptionId ?? null, Date.now(), planId, sel.shipmentId);
        if (sel.deliveryWindowOptionId) this.enqueue(plan, 'inbound.confirmDeliveryWindow', { shipmentId: sel.shipmentId, deliveryWindowOptionId: sel.deliveryWindowOptionId });
      }
      this.enqueue(plan, 'inbound.confirmTransportation');
      this.enqueue(plan, 'inbound.fetchShipments');
      this.repo.touch(planId, { step: 'labels' });
      this.audit.record('inbound.transport.choose', `plan:${planId}`, { shipments: selections.length });
      return this.repo.detail(planId);
    });
  }

  setTracking(planId: string, shipmentId: string, input: { boxes?: { amazonBoxId: string; trackingId: string }[]; freight?: { proNumber: string; billOfLadingNumber?: string } }): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      if (!['labels', 'tracking', 'shipped'].includes(plan.step)) throw new StationError('CONFLICT', `Tracking is entered after transport is confirmed (now: ${plan.step}).`);
      const solution = this.db
        .prepare(
          `SELECT t.shipping_solution, t.shipping_mode FROM inbound_shipments s JOIN inbound_transportation_options t
             ON t.plan_id = s.plan_id AND t.transportation_option_id = s.transportation_option_id WHERE s.plan_id = ? AND s.shipment_id = ?`,
        )
        .get(planId, shipmentId) as { shipping_solution: string; shipping_mode: string } | undefined;
      // A partnered small-parcel carrier reports its own tracking numbers to Amazon; Amazon refuses them from the seller.
      if ((input.boxes?.length ?? 0) > 0 && solution?.shipping_solution === 'AMAZON_PARTNERED_CARRIER' && solution.shipping_mode === 'GROUND_SMALL_PARCEL') {
        throw new StationError('VALIDATION', `Shipment ${shipmentId} travels with an Amazon-partnered carrier, which sends Amazon its box tracking itself: nothing to enter.`);
      }
      const update = this.db.prepare('UPDATE inbound_boxes SET tracking_id = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ? AND amazon_box_id = ?');
      for (const box of input.boxes ?? []) {
        // Matched by Amazon's box id, never by position.
        if (update.run(box.trackingId, Date.now(), planId, shipmentId, box.amazonBoxId).changes === 0) {
          throw new StationError('VALIDATION', `Box ${box.amazonBoxId} is not in shipment ${shipmentId}.`);
        }
      }
      if (input.freight) {
        this.db.prepare('UPDATE inbound_shipments SET tracking = ?, updated_at = ? WHERE plan_id = ? AND shipment_id = ?').run(JSON.stringify(input.freight), Date.now(), planId, shipmentId);
      }
      // Not coalesced: the payload names the shipment, and merging would drop an earlier shipment's tracking.
      this.enqueue(plan, 'inbound.updateTracking', { shipmentId });
      this.repo.touch(planId, { step: 'tracking' });
      this.audit.record('inbound.tracking.set', `plan:${planId}`, { shipmentId, boxes: input.boxes?.length ?? 0, freight: Boolean(input.freight) });
      return this.repo.detail(planId);
    });
  }

  cancel(planId: string): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      if (plan.step === 'cancelled') return this.repo.detail(planId);
      this.repo.touch(planId, { step: 'cancelled', status: 'cancelled' });
      this.enqueue(plan, 'inbound.cancelPlan');
      this.audit.record('inbound.plan.cancel', `plan:${planId}`, {});
      return this.repo.detail(planId);
    });
  }

  refresh(planId: string): PlanDetail {
    return this.commit(() => {
      const plan = this.repo.plan(planId);
      this.enqueue(plan, 'inbound.refreshPlan', {}, true);
      return this.repo.detail(planId);
    });
  }
}

/** Whether Amazon lists a confirmed delivery window among a transportation option's preconditions. */
export function windowRequired(raw: string): boolean {
  const preconditions = (JSON.parse(raw) as { preconditions?: unknown }).preconditions;
  return Array.isArray(preconditions) && preconditions.includes('CONFIRMED_DELIVERY_WINDOW');
}
