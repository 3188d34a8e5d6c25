import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Box, CloseBox, ScanOutcome } from '../../shared/ipc/inbound';
import { checkBox } from '../../shared/inbound/box-limits';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { CatalogueService } from './catalogue-service';
import type { InboundRepo, PlanRow } from './inbound-repo';

/** Steps in which the station's boxes may still change without a content update on Amazon. */
const PACKING_STEPS = new Set(['choose_packing', 'packing', 'placement']);

export interface ScanInput {
  boxId: string;
  code: string;
  quantity?: number;
  expiration?: string;
  confirmOverpack?: boolean;
}

/**
 * The packing table: boxes opened, scanned into, closed, repeated. Every action is one local transaction and never
 * waits for the network; the boxes reach Amazon later with setPackingInformation.
 */
export class PackingService {
  constructor(
    private readonly repo: InboundRepo,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditLog,
  ) {}

  private get db() {
    return this.repo.db;
  }

  /** Statements compiled once per text: a scan runs a dozen of them, and compiling each anew costs as much as running it. */
  private readonly statements = new Map<string, Statement>();
  private sql(source: string): Statement {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  private editablePlan(planId: string): PlanRow {
    const plan = this.repo.plan(planId);
    const packFirstOk = plan.flow === 'pack_first' && PACKING_STEPS.has(plan.step);
    const placeFirstOk = plan.flow === 'place_first' && (plan.step === 'packing' || plan.step === 'placement');
    if (!packFirstOk && !placeFirstOk) {
      throw new StationError('CONFLICT', `Boxes of this plan cannot change at step "${plan.step}".`, { step: plan.step });
    }
    return plan;
  }

  openBox(planId: string, target: { packingGroupId?: string | null; shipmentId?: string | null }): Box {
    return this.db.transaction(() => {
      const plan = this.editablePlan(planId);
      if (plan.flow === 'pack_first' && !target.packingGroupId) {
        throw new StationError('VALIDATION', 'Choose the packing group this box belongs to.');
      }
      if (plan.flow === 'place_first' && !target.shipmentId) {
        throw new StationError('VALIDATION', 'Choose the shipment this box belongs to.');
      }
      const next = (this.sql('SELECT ifnull(max(number), 0) + 1 AS n FROM inbound_boxes WHERE plan_id = ?').get(planId) as { n: number }).n;
      const id = randomUUID();
      const at = Date.now();
      this
        .sql(
          `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, shipment_id, status, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, 'open', ?, ?)`,
        )
        .run(id, planId, next, target.packingGroupId ?? null, target.shipmentId ?? null, at, at);
      this.repo.touch(planId, plan.step === 'choose_packing' ? { step: 'packing' } : {});
      return this.repo.box(id);
    }).immediate();
  }

  /** Units of an MSKU the box's group (or shipment, or the whole plan) is meant to hold. */
  private planned(plan: PlanRow, box: Box, msku: string): number {
    if (box.packingGroupId) {
      const row = this.sql('SELECT items FROM inbound_packing_groups WHERE plan_id = ? AND packing_group_id = ?').get(plan.id, box.packingGroupId) as
        | { items: string }
        | undefined;
      if (row) return (JSON.parse(row.items) as { msku: string; quantity: number }[]).filter((i) => i.msku === msku).reduce((n, i) => n + i.quantity, 0);
    }
    if (box.shipmentId && this.shipmentItemsKnown(plan.id, box.shipmentId)) {
      return (this.sql('SELECT ifnull(sum(quantity), 0) AS n FROM inbound_shipment_items WHERE plan_id = ? AND shipment_id = ? AND msku = ?').get(plan.id, box.shipmentId, msku) as { n: number }).n;
    }
    return (this.sql('SELECT ifnull(sum(quantity), 0) AS n FROM inbound_plan_items WHERE plan_id = ? AND msku = ?').get(plan.id, msku) as { n: number }).n;
  }

  private shipmentItemsKnown(planId: string, shipmentId: string): boolean {
    return this.sql('SELECT 1 FROM inbound_shipment_items WHERE plan_id = ? AND shipment_id = ? LIMIT 1').get(planId, shipmentId) !== undefined;
  }

  private packed(plan: PlanRow, box: Box, msku: string): number {
    const scope = box.packingGroupId ? 'AND b.packing_group_id = @group' : box.shipmentId ? 'AND b.shipment_id = @shipment' : '';
    return (
      this
        .sql(`SELECT ifnull(sum(bi.quantity), 0) AS n FROM inbound_box_items bi JOIN inbound_boxes b ON b.id = bi.box_id WHERE b.plan_id = @plan AND bi.msku = @msku ${scope}`)
        .get({ plan: plan.id, msku, group: box.packingGroupId, shipment: box.shipmentId }) as { n: number }
    ).n;
  }

  private recordScan(planId: string, boxId: string | null, code: string, msku: string | null, quantity: number, refusal: string | null): void {
    this
      .sql('INSERT INTO inbound_scans (plan_id, box_id, code, msku, quantity, accepted, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(planId, boxId, code.slice(0, 512), msku, quantity, refusal ? 0 : 1, refusal, Date.now());
  }

  /** One scan into an open box. A refused scan is recorded too, with its reason, and changes nothing else. */
  scan(input: ScanInput): ScanOutcome {
    return this.db.transaction((): ScanOutcome => {
      const planId = this.repo.boxPlanId(input.boxId);
      const plan = this.editablePlan(planId);
      const box = this.repo.box(input.boxId);
      const quantity = input.quantity ?? 1;
      const refuse = (outcome: Extract<ScanOutcome, { ok: false }>): ScanOutcome => {
        this.recordScan(planId, box.id, input.code, outcome.msku ?? null, quantity, outcome.code);
        return outcome;
      };
      if (box.status !== 'open') return refuse({ ok: false, code: 'BOX_CLOSED', facts: { box: box.number }, message: `Box ${box.number} is closed: open a new box or reopen it.` });
      const resolved = this.catalogue.resolve(plan.account_id, input.code);
      if (!resolved.ok) return refuse({ ok: false, code: resolved.code, message: resolved.message });
      const msku = resolved.item.msku;
      const lines = this.sql('SELECT expiration FROM inbound_plan_items WHERE plan_id = ? AND msku = ?').all(planId, msku) as { expiration: string | null }[];
      if (lines.length === 0) return refuse({ ok: false, code: 'NOT_IN_PLAN', msku, message: `${msku} is not in this plan.` });
      const planned = this.planned(plan, box, msku);
      if (box.packingGroupId && planned === 0) {
        return refuse({ ok: false, code: 'NOT_IN_GROUP', msku, facts: { belongsTo: 'group' }, message: `${msku} belongs to another packing group: pack it in a box of that group.` });
      }
      if (box.shipmentId && planned === 0) {
        return refuse({ ok: false, code: 'NOT_IN_GROUP', msku, facts: { belongsTo: 'shipment' }, message: `${msku} goes to another shipment: pack it in a box of that shipment.` });
      }
      let expiration: string | null = input.expiration ?? null;
      if (expiration === null && lines.length === 1) expiration = lines[0]!.expiration;
      if (expiration === null && lines.some((l) => l.expiration !== null)) {
        return refuse({ ok: false, code: 'EXPIRATION_REQUIRED', msku, message: `${msku} is planned with several expiration dates: choose the date on this unit.` });
      }
      const packed = this.packed(plan, box, msku);
      if (packed + quantity > planned && !input.confirmOverpack) {
        return refuse({
          ok: false,
          code: 'OVERPACK',
          msku,
          facts: { planned, packed, quantity },
          message: `${msku}: ${planned} planned, ${packed} packed already; adding ${quantity} would pack ${packed + quantity - planned} more than planned. Confirm to pack them anyway.`,
        });
      }
      this
        .sql(
          `INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)
           ON CONFLICT (box_id, msku, ifnull(expiration, '')) DO UPDATE SET quantity = quantity + excluded.quantity`,
        )
        .run(box.id, msku, quantity, expiration);
      this.sql('UPDATE inbound_boxes SET updated_at = ? WHERE id = ?').run(Date.now(), box.id);
      this.recordScan(planId, box.id, input.code, msku, quantity, null);
      return { ok: true, box: this.repo.box(box.id), msku, added: quantity, planned, packed: packed + quantity };
    }).immediate();
  }

  /** Sets a line to an exact quantity (0 removes it): for corrections typed at the station. */
  setLine(boxId: string, msku: string, expiration: string | null, quantity: number): Box {
    return this.db.transaction(() => {
      const planId = this.repo.boxPlanId(boxId);
      this.editablePlan(planId);
      const box = this.repo.box(boxId);
      if (box.status !== 'open') throw new StationError('CONFLICT', `Box ${box.number} is closed: reopen it to change its contents.`);
      if (quantity === 0) {
        this.sql(`DELETE FROM inbound_box_items WHERE box_id = ? AND msku = ? AND ifnull(expiration, '') = ifnull(?, '')`).run(boxId, msku, expiration);
      } else {
        this
          .sql(
            `INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)
             ON CONFLICT (box_id, msku, ifnull(expiration, '')) DO UPDATE SET quantity = excluded.quantity`,
          )
          .run(boxId, msku, quantity, expiration);
      }
      this.audit.record('inbound.box.set-line', `plan:${planId}`, { box: box.number, msku, quantity });
      return this.repo.box(boxId);
    }).immediate();
  }

  closeBox(input: CloseBox): { box: Box; warnings: { code: string; message: string }[] } {
    return this.db.transaction(() => {
      const planId = this.repo.boxPlanId(input.boxId);
      const plan = this.editablePlan(planId);
      const box = this.repo.box(input.boxId);
      const units = box.lines.reduce((n, l) => n + l.quantity, 0);
      const verdict = checkBox({ weight: input.weight, dimensions: input.dimensions, units }, plan.marketplace_id);
      if (verdict.errors.length > 0) {
        throw new StationError('VALIDATION', verdict.errors.map((e) => e.message).join(' '), { issues: verdict.errors });
      }
      const at = Date.now();
      this
        .sql(
          `UPDATE inbound_boxes SET status = 'closed', weight = ?, weight_unit = ?, length = ?, width = ?, height = ?, dimension_unit = ?,
             content_source = ?, updated_at = ?, closed_at = ? WHERE id = ?`,
        )
        .run(input.weight.value, input.weight.unit, input.dimensions.length, input.dimensions.width, input.dimensions.height, input.dimensions.unit,
          input.contentSource ?? box.contentSource, at, at, box.id);
      this.audit.record('inbound.box.close', `plan:${planId}`, { box: box.number, units, weight: input.weight });
      return { box: this.repo.box(box.id), warnings: verdict.warnings };
    }).immediate();
  }

  reopenBox(boxId: string): Box {
    return this.db.transaction(() => {
      const planId = this.repo.boxPlanId(boxId);
      this.editablePlan(planId);
      this.sql(`UPDATE inbound_boxes SET status = 'open', closed_at = NULL, updated_at = ? WHERE id = ?`).run(Date.now(), boxId);
      this.audit.record('inbound.box.reopen', `plan:${planId}`, { boxId });
      return this.repo.box(boxId);
    }).immediate();
  }

  /** Packs `times` more boxes identical to a closed one: same contents, weight and size. */
  repeatBox(boxId: string, times: number, confirmOverpack = false): Box[] {
    return this.db.transaction(() => {
      const planId = this.repo.boxPlanId(boxId);
      const plan = this.editablePlan(planId);
      const source = this.repo.box(boxId);
      if (source.status !== 'closed' || !source.weight || !source.dimensions) {
        throw new StationError('VALIDATION', `Close box ${source.number} (weight and size) before repeating it.`);
      }
      if (!confirmOverpack) {
        for (const line of source.lines) {
          const planned = this.planned(plan, source, line.msku);
          const packed = this.packed(plan, source, line.msku);
          if (packed + line.quantity * times > planned) {
            throw new StationError(
              'CONFLICT',
              `${times} more boxes like box ${source.number} would pack ${packed + line.quantity * times} of ${line.msku}; the plan has ${planned}. Confirm to pack them anyway.`,
              { code: 'OVERPACK', msku: line.msku },
            );
          }
        }
      }
      const insertBox = this.sql(
        `INSERT INTO inbound_boxes (id, plan_id, number, packing_group_id, shipment_id, status, weight, weight_unit, length, width, height,
           dimension_unit, content_source, created_at, updated_at, closed_at)
         VALUES (?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertLine = this.sql('INSERT INTO inbound_box_items (box_id, msku, quantity, expiration) VALUES (?, ?, ?, ?)');
      let next = (this.sql('SELECT max(number) AS n FROM inbound_boxes WHERE plan_id = ?').get(planId) as { n: number }).n;
      const at = Date.now();
      const ids: string[] = [];
      for (let i = 0; i < times; i++) {
        const id = randomUUID();
        insertBox.run(id, planId, ++next, source.packingGroupId, source.shipmentId, source.weight.value, source.weight.unit, source.dimensions.length,
          source.dimensions.width, source.dimensions.height, source.dimensions.unit, source.contentSource, at, at, at);
        for (const line of source.lines) insertLine.run(id, line.msku, line.quantity, line.expiration);
        ids.push(id);
      }
      this.audit.record('inbound.box.repeat', `plan:${planId}`, { box: source.number, times });
      return ids.map((id) => this.repo.box(id));
    }).immediate();
  }

  deleteBox(boxId: string): { deleted: boolean } {
    return this.db.transaction(() => {
      const planId = this.repo.boxPlanId(boxId);
      this.editablePlan(planId);
      const box = this.repo.box(boxId);
      const deleted = this.sql('DELETE FROM inbound_boxes WHERE id = ?').run(boxId).changes > 0;
      this.audit.record('inbound.box.delete', `plan:${planId}`, { box: box.number, units: box.lines.reduce((n, l) => n + l.quantity, 0) });
      return { deleted };
    }).immediate();
  }
}
