import type { SpApiAccounts } from '../spapi/account-resolver';
import { vendorShipments } from '../spapi/api/vendor-shipments';
import { SpApiNetworkError } from '../spapi/errors';
import { StationError } from '../core/errors';
import type { AuditLog } from '../audit/audit-log';
import type { OutboxStore } from '../sync/outbox-store';
import type { StationPrinting } from '../printing/station-printing';
import type { RetailShipmentDetail } from '../../shared/ipc/retail';
import type { RetailRepo } from './retail-repo';

const OFFLINE = 'Amazon cannot be reached from this station right now';

/** Amazon-arranged transport for a retail shipment: the request (outbox), its details and the carrier labels (online). */
export class RetailTransport {
  constructor(
    private readonly repo: RetailRepo,
    private readonly spapi: SpApiAccounts,
    private readonly outbox: OutboxStore,
    private readonly printing: StationPrinting,
    private readonly audit: AuditLog,
    private readonly kick: () => void,
  ) {}

  private async online<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof SpApiNetworkError) throw new StationError('UNAVAILABLE', `${OFFLINE}: ${what}`);
      throw error;
    }
  }

  /** Asks Amazon to collect the shipment (freight Collect): every carton and pallet closed, so their SSCCs are final. */
  request(shipmentId: string): RetailShipmentDetail {
    this.repo.db.transaction(() => {
      const detail = this.repo.detail(shipmentId);
      if (detail.transportRequested) throw new StationError('CONFLICT', `Transport for ${detail.shipmentIdentifier} was already requested.`);
      if (detail.step === 'rejected') throw new StationError('CONFLICT', 'Amazon refused this shipment’s ASN: correct and resend it first.');
      const open = detail.containers.filter((c) => c.status === 'open');
      if (detail.cartons === 0 || open.length > 0) throw new StationError('VALIDATION', 'Close every carton and pallet first: the transport request lists them by SSCC.');
      this.outbox.enqueue({ accountId: detail.accountId, entity: `retail:${shipmentId}`, op: 'retail.requestTransport', payload: { shipmentId } });
      this.audit.record('retail.transport.request', `retail:${shipmentId}`, { identifier: detail.shipmentIdentifier, containers: detail.containers.length });
    }).immediate();
    this.kick();
    return this.repo.detail(shipmentId);
  }

  async details(shipmentId: string): Promise<{ found: boolean; status: string | null; statusDate: string | null }> {
    const row = this.repo.row(shipmentId);
    const reply = await this.online('shipment details need the network.', () =>
      vendorShipments(this.spapi.caller(row.account_id)).GetShipmentDetails({ vendorShipmentIdentifier: row.shipment_identifier }),
    );
    const shipment = (reply.payload?.shipments ?? []).find((s) => s.vendorShipmentIdentifier === row.shipment_identifier);
    return { found: !!shipment, status: shipment?.currentShipmentStatus ?? null, statusDate: shipment?.currentshipmentStatusDate ?? null };
  }

  /** Prints the carrier's labels for the shipment once Amazon has assigned a carrier (GetShipmentLabels, PDF). */
  async printLabels(shipmentId: string) {
    const row = this.repo.row(shipmentId);
    const reply = await this.online('carrier labels need the network.', () =>
      vendorShipments(this.spapi.caller(row.account_id)).GetShipmentLabels({ vendorShipmentIdentifier: row.shipment_identifier }),
    );
    const labels = (reply.payload?.transportLabels ?? []).flatMap((t) => t.labelData ?? []).filter((l) => l.label);
    if (labels.length === 0) throw new StationError('CONFLICT', `Amazon has no carrier labels for ${row.shipment_identifier} yet: request transport, then try again once a carrier is assigned.`);
    const jobs = [];
    for (const label of labels) {
      jobs.push(
        await this.printing.print(
          { kind: 'shipping-label', format: 'pdf', bytes: Buffer.from(label.label!, 'base64'), title: `Carrier label ${row.shipment_identifier} ${label.trackingId ?? ''}`.trim() },
          'labels',
          `retail:${shipmentId}`,
        ),
      );
    }
    return jobs;
  }
}
