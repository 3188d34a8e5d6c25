import type { SpApiAccounts } from '../spapi/account-resolver';
import { vendorShipments } from '../spapi/api/vendor-shipments';
import { SpApiNetworkError } from '../spapi/errors';
import { StationError } from '../core/errors';
import type { RetailRepo } from './retail-repo';

/** What Amazon's Vendor Shipments holds for a shipment identifier (GetShipmentDetails); online only. */
export class RetailTransport {
  constructor(
    private readonly repo: RetailRepo,
    private readonly spapi: SpApiAccounts,
  ) {}

  async details(shipmentId: string): Promise<{ found: boolean; status: string | null; statusDate: string | null }> {
    const row = this.repo.row(shipmentId);
    try {
      const reply = await vendorShipments(this.spapi.caller(row.account_id)).GetShipmentDetails({ vendorShipmentIdentifier: row.shipment_identifier });
      const shipment = (reply.payload?.shipments ?? []).find((s) => s.vendorShipmentIdentifier === row.shipment_identifier);
      return { found: !!shipment, status: shipment?.currentShipmentStatus ?? null, statusDate: shipment?.currentshipmentStatusDate ?? null };
    } catch (error) {
      if (error instanceof SpApiNetworkError) throw new StationError('UNAVAILABLE', 'Amazon cannot be reached from this station right now: shipment details need the network. The ASN itself is sent once the station is back online.');
      throw error;
    }
  }
}
