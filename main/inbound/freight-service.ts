import type { Database } from 'better-sqlite3';
import type { PlanFreight, ShipmentFreight } from '../../shared/ipc/inbound-freight';
import { freightIssues, type FreightInput } from '../../shared/inbound/freight';
import { MARKETPLACES } from '../../shared/marketplaces';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { InboundRepo, PlanRow } from './inbound-repo';
import type { InboundOp } from './sync/inbound-ops';

interface FreightRow {
  shipment_id: string;
  freight_class: ShipmentFreight['freightClass'];
  declared_value: number;
  currency: string;
  ready_to_ship: string;
}
interface PalletRow {
  shipment_id: string;
  quantity: number;
  length: number;
  width: number;
  height: number;
  dimension_unit: 'IN' | 'CM';
  weight: number;
  weight_unit: 'LB' | 'KG';
  stackability: 'STACKABLE' | 'NON_STACKABLE';
}

/** Each shipment's stored freight details (pallets, class, declared value, ready-to-ship time), by shipment id. */
export function readShipmentFreight(db: Database, planId: string): ShipmentFreight[] {
  const pallets = db.prepare('SELECT * FROM inbound_pallets WHERE plan_id = ? ORDER BY rowid').all(planId) as PalletRow[];
  const rows = db.prepare('SELECT * FROM inbound_freight WHERE plan_id = ? ORDER BY shipment_id').all(planId) as FreightRow[];
  return rows.map((r) => ({
    shipmentId: r.shipment_id,
    freightClass: r.freight_class,
    declaredValue: { amount: r.declared_value, code: r.currency },
    readyToShip: r.ready_to_ship,
    pallets: pallets
      .filter((p) => p.shipment_id === r.shipment_id)
      .map((p) => ({
        quantity: p.quantity,
        length: p.length,
        width: p.width,
        height: p.height,
        dimensionUnit: p.dimension_unit,
        weight: p.weight,
        weightUnit: p.weight_unit,
        stackability: p.stackability,
      })),
  }));
}

/**
 * Pallets, freight class, declared value and ready-to-ship time per shipment of the confirmed placement: always in
 * place first (LTL only), and in pack first when the packer wants LTL freight quoted with the real pallets. Amazon
 * quotes partnered LTL only with them, so transport is asked for again once every shipment has its details, and again
 * whenever they change before transport is chosen.
 */
export class FreightService {
  constructor(
    private readonly repo: InboundRepo,
    private readonly outbox: OutboxStore,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private get db() {
    return this.repo.db;
  }

  get(planId: string): PlanFreight {
    this.repo.plan(planId);
    const tracking = this.db.prepare('SELECT shipment_id, tracking FROM inbound_shipments WHERE plan_id = ? AND tracking IS NOT NULL ORDER BY shipment_id').all(planId) as {
      shipment_id: string;
      tracking: string;
    }[];
    return {
      shipments: readShipmentFreight(this.db, planId),
      tracking: tracking.map((t) => {
        const value = JSON.parse(t.tracking) as { proNumber: string; billOfLadingNumber?: string };
        return { shipmentId: t.shipment_id, proNumber: value.proNumber, ...(value.billOfLadingNumber ? { billOfLadingNumber: value.billOfLadingNumber } : {}) };
      }),
    };
  }

  /** The confirmed placement's shipments that have no freight details yet. */
  missing(plan: PlanRow): string[] {
    return (
      this.db
        .prepare(
          `SELECT s.shipment_id FROM inbound_shipments s LEFT JOIN inbound_freight f ON f.plan_id = s.plan_id AND f.shipment_id = s.shipment_id
           WHERE s.plan_id = ? AND s.placement_option_id = ? AND f.shipment_id IS NULL ORDER BY s.shipment_id`,
        )
        .all(plan.id, plan.placement_option_id) as { shipment_id: string }[]
    ).map((r) => r.shipment_id);
  }

  set(planId: string, shipmentId: string, input: FreightInput, now = Date.now()): PlanFreight {
    const result = this.db
      .transaction(() => {
        const plan = this.repo.plan(planId);
        // Pack first knows its shipments only once placement is confirmed: pallets for LTL are entered at the transport step.
        if (plan.flow === 'pack_first' && plan.step !== 'transport') {
          throw new StationError('CONFLICT', `In a pack-first plan, pallets and freight details are entered at the transport step, once placement is confirmed (now: ${plan.step}).`, {
            step: plan.step,
          });
        }
        if (plan.step !== 'packing' && plan.step !== 'transport') {
          throw new StationError('CONFLICT', `Freight details can change while packing and until transport is chosen (now: ${plan.step}).`, { step: plan.step });
        }
        const shipment = this.db.prepare('SELECT 1 FROM inbound_shipments WHERE plan_id = ? AND shipment_id = ? AND placement_option_id = ?').get(planId, shipmentId, plan.placement_option_id);
        if (!shipment) throw new StationError('NOT_FOUND', `Shipment ${shipmentId} is not a shipment of this plan's chosen placement.`);
        const currency = MARKETPLACES[plan.marketplace_id]?.currency ?? input.declaredValue.code;
        const issues = freightIssues(input, currency, now);
        if (issues.length > 0) throw new StationError('VALIDATION', issues.map((i) => i.message).join(' '), { issues });
        const at = Date.now();
        this.db
          .prepare(
            `INSERT INTO inbound_freight (plan_id, shipment_id, freight_class, declared_value, currency, ready_to_ship, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (plan_id, shipment_id) DO UPDATE SET freight_class = excluded.freight_class, declared_value = excluded.declared_value,
               currency = excluded.currency, ready_to_ship = excluded.ready_to_ship, updated_at = excluded.updated_at`,
          )
          .run(planId, shipmentId, input.freightClass, input.declaredValue.amount, input.declaredValue.code, new Date(input.readyToShip).toISOString(), at);
        this.db.prepare('DELETE FROM inbound_pallets WHERE plan_id = ? AND shipment_id = ?').run(planId, shipmentId);
        const insert = this.db.prepare(
          `INSERT INTO inbound_pallets (id, plan_id, shipment_id, quantity, length, width, height, dimension_unit, weight, weight_unit, stackability)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        input.pallets.forEach((p, i) => insert.run(`${planId}:${shipmentId}:${i}`, planId, shipmentId, p.quantity, p.length, p.width, p.height, p.dimensionUnit, p.weight, p.weightUnit, p.stackability));
        if (plan.step === 'transport') this.requestQuotes(plan);
        this.repo.touch(planId);
        this.audit.record('inbound.freight.set', `plan:${planId}`, { shipmentId, pallets: input.pallets.reduce((n, p) => n + p.quantity, 0), freightClass: input.freightClass });
        return this.get(planId);
      })
      .immediate();
    this.kick();
    return result;
  }

  /**
   * Once every shipment has its details: the quotes on hand were made without them (or with older ones), so they are
   * dropped here and Amazon generates new ones before they are listed again.
   */
  requestQuotes(plan: PlanRow): void {
    if (this.missing(plan).length > 0) return;
    this.db.prepare('DELETE FROM inbound_transportation_options WHERE plan_id = ? AND placement_option_id = ?').run(plan.id, plan.placement_option_id);
    this.db
      .prepare('DELETE FROM inbound_delivery_windows WHERE plan_id = ? AND shipment_id IN (SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ?)')
      .run(plan.id, plan.id, plan.placement_option_id);
    this.enqueue(plan, 'inbound.generateTransport');
    // Delivery windows start after the ready-to-ship time, so they are generated again too.
    const shipments = this.db.prepare('SELECT shipment_id FROM inbound_shipments WHERE plan_id = ? AND placement_option_id = ? ORDER BY shipment_id').all(plan.id, plan.placement_option_id) as {
      shipment_id: string;
    }[];
    for (const s of shipments) this.enqueue(plan, 'inbound.generateDeliveryWindows', { shipmentId: s.shipment_id });
    this.enqueue(plan, 'inbound.exploreTransport');
  }

  private enqueue(plan: PlanRow, op: InboundOp, payload: Record<string, unknown> = {}): void {
    this.outbox.enqueue({ accountId: plan.account_id, entity: `plan:${plan.id}`, op, payload: { planId: plan.id, ...payload }, coalesce: false });
  }
}
