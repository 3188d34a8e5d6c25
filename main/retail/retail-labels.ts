import type { StationPrinting } from '../printing/station-printing';
import { cartonContentsLabel, ssccLabel } from '../../shared/labels/label-designs';
import { StationError } from '../core/errors';
import type { RetailRepo } from './retail-repo';

/** SSCC labels for a shipment's cartons and pallets, and content labels listing what each carton holds. */
export class RetailLabels {
  constructor(
    private readonly repo: RetailRepo,
    private readonly printing: StationPrinting,
  ) {}

  async print(shipmentId: string, what: 'sscc' | 'contents', containerIds?: string[]) {
    const detail = this.repo.detail(shipmentId);
    const settings = this.repo.requireSettings(detail.accountId);
    const chosen = detail.containers.filter((c) => (!containerIds || containerIds.includes(c.id)) && (what === 'sscc' || c.kind === 'carton'));
    if (chosen.length === 0) throw new StationError('VALIDATION', what === 'sscc' ? 'No carton or pallet to label.' : 'No carton to label.');
    const line = new Map(detail.lines.map((l) => [l.itemSequenceNumber, l]));
    const count = { carton: detail.cartons, pallet: detail.pallets };
    const entity = `retail:${shipmentId}`;
    if (what === 'sscc') {
      const labels = chosen.map((c) =>
        ssccLabel({
          sscc: c.sscc,
          kind: c.kind,
          shipFrom: `${settings.sellingParty} ${settings.shipFromParty}`,
          shipTo: detail.shipToParty,
          reference: `PO ${[...new Set(c.lines.map((l) => line.get(l.itemSequenceNumber)?.purchaseOrderNumber))].join(', ')}  ${c.kind === 'pallet' ? 'Pallet' : 'Carton'} ${c.number} of ${count[c.kind]}`,
        }),
      );
      return [await this.printing.print({ kind: 'sscc', labels, title: `SSCC ${detail.shipmentIdentifier}` }, 'labels', entity)];
    }
    const labels = chosen.map((c) =>
      cartonContentsLabel({
        cartonId: c.sscc,
        shipmentId: detail.shipmentIdentifier,
        lines: c.lines.map((l) => ({ sku: line.get(l.itemSequenceNumber)?.vendorSku ?? l.itemSequenceNumber, description: line.get(l.itemSequenceNumber)?.title ?? '', quantity: l.quantity })),
      }),
    );
    return [await this.printing.print({ kind: 'carton', labels, title: `Carton contents ${detail.shipmentIdentifier}` }, 'labels', entity)];
  }
}
