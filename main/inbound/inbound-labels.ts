import type { PrintJobRecord } from '../../shared/ipc/print';
import { boxContentLabel } from '../../shared/labels/label-designs';
import { StationError } from '../core/errors';
import type { SpApiAccounts } from '../spapi/account-resolver';
import { fulfillmentInboundV0 } from '../spapi/api/fulfillment-inbound-v0';
import { downloadDocument } from '../spapi/documents';
import type { StationPrinting } from '../printing/station-printing';
import type { InboundRepo } from './inbound-repo';

export type InboundLabelKind = 'box' | 'pallet' | 'bill-of-lading' | 'box-content-2d';

export interface PrintLabelsInput {
  planId: string;
  shipmentId: string;
  kind: InboundLabelKind;
  /** Station box ids to (re)print; all boxes of the shipment when absent. */
  boxIds?: string[];
  pallets?: number;
}

/**
 * Amazon's box, pallet and bill-of-lading documents (v0 getLabels / getBillOfLading, fetched from their short-lived
 * links) and the station's own 2D-barcode box content labels, printed on the station's printer and recorded.
 */
export class InboundLabels {
  constructor(
    private readonly repo: InboundRepo,
    private readonly spapi: SpApiAccounts,
    private readonly printing: StationPrinting,
  ) {}

  private shipment(planId: string, shipmentId: string) {
    const row = this.repo.db.prepare('SELECT confirmation_id FROM inbound_shipments WHERE plan_id = ? AND shipment_id = ?').get(planId, shipmentId) as
      | { confirmation_id: string | null }
      | undefined;
    if (!row) throw new StationError('NOT_FOUND', `Shipment ${shipmentId} is not part of this plan.`);
    if (!row.confirmation_id) throw new StationError('CONFLICT', 'Labels can be printed once Amazon has confirmed the shipment (it has no shipment confirmation id yet).');
    return row.confirmation_id;
  }

  /** Thermal 4x6 stock gets Amazon's thermal layout; anything else the plain-paper page. */
  private pageType(): 'PackageLabel_Thermal' | 'PackageLabel_Plain_Paper' {
    const profile = this.printing.profileFor('labels');
    return profile.language === 'zpl' || (profile.widthIn <= 4.1 && profile.heightIn <= 6.1) ? 'PackageLabel_Thermal' : 'PackageLabel_Plain_Paper';
  }

  async print(input: PrintLabelsInput): Promise<PrintJobRecord> {
    const plan = this.repo.plan(input.planId);
    const confirmationId = this.shipment(plan.id, input.shipmentId);
    const boxes = this.repo.boxes(plan.id).filter((b) => b.shipmentId === input.shipmentId && (!input.boxIds || input.boxIds.includes(b.id)));
    if ((input.kind === 'box' || input.kind === 'box-content-2d') && boxes.length === 0) throw new StationError('VALIDATION', 'No boxes of this shipment were chosen.');
    const entity = `plan:${plan.id}`;

    if (input.kind === 'box-content-2d') {
      const items = this.repo.items(plan.id);
      const shipmentBoxes = this.repo.boxes(plan.id).filter((b) => b.shipmentId === input.shipmentId);
      const labels = boxes.map((box) =>
        boxContentLabel({
          shipmentId: confirmationId,
          boxNumber: shipmentBoxes.findIndex((b) => b.id === box.id) + 1,
          boxCount: shipmentBoxes.length,
          items: box.lines.map((line) => {
            const fnsku = items.find((i) => i.msku === line.msku)?.fnsku;
            if (!fnsku) throw new StationError('VALIDATION', `${line.msku} has no FNSKU in the catalogue: a 2D box content label needs one.`);
            return { fnsku, quantity: line.quantity, ...(line.expiration ? { expiration: line.expiration } : {}) };
          }),
        }),
      );
      return this.printing.print({ kind: 'box-content', labels, title: `2D box content ${confirmationId}` }, 'labels', entity);
    }

    const caller = this.spapi.caller(plan.account_id);
    const v0 = fulfillmentInboundV0(caller);
    let url: string | undefined;
    if (input.kind === 'bill-of-lading') {
      url = (await v0.getBillOfLading({ shipmentId: confirmationId })).payload?.DownloadURL;
    } else if (input.kind === 'pallet') {
      if (!input.pallets || input.pallets < 1) throw new StationError('VALIDATION', 'Say how many pallets need labels.');
      url = (await v0.getLabels({ shipmentId: confirmationId, PageType: this.pageType(), LabelType: 'PALLET', NumberOfPallets: input.pallets })).payload?.DownloadURL;
    } else {
      const ids = boxes.map((b) => b.amazonBoxId).filter((id): id is string => id !== null);
      if (ids.length !== boxes.length) throw new StationError('CONFLICT', 'Some boxes have no Amazon box id yet: sync the plan first.');
      url = (await v0.getLabels({ shipmentId: confirmationId, PageType: this.pageType(), LabelType: 'UNIQUE', PackageLabelsToPrint: ids })).payload?.DownloadURL;
    }
    if (!url) throw new StationError('UNAVAILABLE', 'Amazon returned no document link; try again.');
    const document = await downloadDocument(this.spapi.client, url);
    const role = input.kind === 'bill-of-lading' ? 'documents' : 'labels';
    const title = `${input.kind === 'bill-of-lading' ? 'Bill of lading' : input.kind === 'pallet' ? 'Pallet labels' : 'Box labels'} ${confirmationId}`;
    return this.printing.print({ kind: input.kind === 'bill-of-lading' ? 'document' : 'shipping-label', format: 'pdf', bytes: document.body, title }, role, entity);
  }
}
