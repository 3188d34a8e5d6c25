import { BoxContentError, boxContentPayload, type BoxContentItem } from '../../../shared/labels/box-content-2d';
import { invalidInput, notFound } from '../errors';
import type { HandlerTable } from '../handler-types';
import { renderBillOfLadingPdf, renderLabelsPdf, type BoxLabelContent } from '../labels/label-pdf';
import { csvParam } from '../validation';
import { weightLb } from './box-rules';
import type { InboundContext } from './context';
import type { BoxRecord, PlanRecord, ShipmentRecord } from './model';
import { shipmentBoxes } from './transport-handlers';

const V0 = 'fulfillmentInboundV0';
const PAGE_TYPES = [
  'PackageLabel_Letter_2', 'PackageLabel_Letter_4', 'PackageLabel_Letter_6', 'PackageLabel_Letter_6_CarrierLeft', 'PackageLabel_A4_2', 'PackageLabel_A4_4',
  'PackageLabel_Plain_Paper', 'PackageLabel_Plain_Paper_CarrierBottom', 'PackageLabel_Thermal', 'PackageLabel_Thermal_Unified', 'PackageLabel_Thermal_NonPCP',
  'PackageLabel_Thermal_No_Carrier_Rotation',
];
/** v0 prep instruction names of the 2024-03-20 prep types. */
const V0_PREP: Record<string, string> = {
  ITEM_POLYBAGGING: 'Polybagging', ITEM_BUBBLEWRAP: 'BubbleWrapping', ITEM_TAPING: 'Taping', ITEM_BLACK_SHRINKWRAP: 'BlackShrinkWrapping',
  ITEM_LABELING: 'Labeling', ITEM_HANG_GARMENT: 'HangGarment', ITEM_SETCREAT: 'SetCreation', ITEM_BOXING: 'Boxing', ITEM_RMOVHANG: 'RemoveFromHanger',
  ITEM_DEBUNDLE: 'Debundle', ITEM_SUFFOSTK: 'SuffocationStickering', ITEM_CAP_SEALING: 'CapSealing', ITEM_SETSTK: 'SetStickering', ITEM_BLANKSTK: 'BlankStickering',
  ITEM_NO_PREP: 'NoPrep',
};

/** Amazon's 2D box content payload; contents it cannot encode (e.g. over 99,999 units) are the caller's error. */
function contentPayload(confirmationId: string, items: BoxContentItem[], boxId: string): string {
  try {
    return boxContentPayload(confirmationId, items);
  } catch (error) {
    if (error instanceof BoxContentError) throw invalidInput(`Box ${boxId} cannot carry a 2D box content barcode: ${error.message}`);
    throw error;
  }
}

function integerParam(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw invalidInput(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  return value;
}

export function v0Handlers(ctx: InboundContext): HandlerTable {
  const { store, documents, catalogue } = ctx;

  const byConfirmationId = (accountId: string, confirmationId: string): { plan: PlanRecord; shipment: ShipmentRecord } => {
    for (const plan of store.plans.values()) {
      if (plan.accountId !== accountId) continue;
      for (const shipment of plan.shipments.values()) if (shipment.confirmationId === confirmationId) return { plan, shipment };
    }
    throw notFound(`Shipment ${confirmationId} was not found.`);
  };

  const selectedMode = (plan: PlanRecord, shipment: ShipmentRecord) => {
    const option = plan.transportationOptions.find((t) => t.id === shipment.selectedTransportationOptionId);
    if (!option) throw invalidInput(`Labels for shipment ${shipment.confirmationId} are available once its transportation is confirmed.`);
    return option;
  };

  return {
    [`${V0}.getLabels`]: ({ pathParams, query, account, now, baseUrl }) => {
      const { plan, shipment } = byConfirmationId(account.accountId, pathParams.shipmentId ?? '');
      const pageType = query.get('PageType') ?? '';
      if (!PAGE_TYPES.includes(pageType)) throw invalidInput(`PageType "${pageType}" is not supported in the US marketplace; use one of ${PAGE_TYPES.join(', ')}.`);
      const labelType = query.get('LabelType') ?? '';
      if (!['BARCODE_2D', 'UNIQUE', 'PALLET'].includes(labelType)) throw invalidInput(`LabelType must be BARCODE_2D, UNIQUE or PALLET, got "${labelType}".`);
      const option = selectedMode(plan, shipment);
      const boxes = shipmentBoxes(plan, shipment).sort((a, b) => (a.boxId ?? '').localeCompare(b.boxId ?? ''));
      const destination = shipment.destination.address;
      let labels: BoxLabelContent[];
      if (labelType === 'PALLET') {
        if (option.shippingMode !== 'FREIGHT_LTL') throw invalidInput(`Shipment ${shipment.confirmationId} ships by small parcel; pallet labels are for LTL shipments.`);
        const pallets = integerParam(query, 'NumberOfPallets', 1, 1000);
        if (pallets === undefined) throw invalidInput('PALLET labels need NumberOfPallets.');
        labels = Array.from({ length: pallets * 4 }, (_, i) => ({
          title: `${shipment.confirmationId} - PALLET`,
          barcodeText: shipment.confirmationId ?? '',
          humanReadable: `Pallet ${Math.floor(i / 4) + 1} of ${pallets} (label ${(i % 4) + 1} of 4)`,
          from: shipment.sourceAddress,
          to: destination,
          lines: ['Attach one label to each side of the pallet.'],
        }));
      } else {
        const requested = csvParam(query, 'PackageLabelsToPrint');
        const count = integerParam(query, 'NumberOfPackages', 1, 10000);
        let chosen: BoxRecord[];
        if (requested.length > 0) {
          chosen = requested.map((boxId) => {
            const box = boxes.find((b) => b.boxId === boxId);
            if (!box) throw invalidInput(`PackageLabelsToPrint: ${boxId} is not a box of shipment ${shipment.confirmationId}.`);
            return box;
          });
        } else if (count !== undefined) {
          if (count !== boxes.length) throw invalidInput(`NumberOfPackages is ${count} but shipment ${shipment.confirmationId} has ${boxes.length} boxes.`);
          chosen = boxes;
        } else {
          throw invalidInput(`${labelType} labels need PackageLabelsToPrint (box ids) or NumberOfPackages.`);
        }
        const start = integerParam(query, 'PageStartIndex', 0, 100000) ?? 0;
        const size = integerParam(query, 'PageSize', 1, 1000) ?? chosen.length;
        chosen = chosen.slice(start, start + size);
        labels = chosen.map((box) => {
          if (labelType === 'BARCODE_2D' && box.items.length === 0) {
            throw invalidInput(`Box ${box.boxId} has no box contents; 2D barcode labels need the contents of every box.`);
          }
          const items = box.items.map((i) => ({ fnsku: catalogue.get(i.msku)?.fnsku ?? '', quantity: i.quantity, ...(i.expiration ? { expiration: i.expiration } : {}) }));
          return {
            title: `${shipment.confirmationId} - ${option.carrier.name}`,
            barcodeText: box.boxId ?? '',
            humanReadable: box.boxId ?? '',
            from: shipment.sourceAddress,
            to: destination,
            lines: [`Box ${Number((box.boxId ?? '').slice(-6))} of ${boxes.length}`, `Weight ${weightLb(box.weight).toFixed(1)} lb`, 'PLEASE LEAVE THIS LABEL UNCOVERED'],
            ...(labelType === 'BARCODE_2D' ? { pdf417: contentPayload(shipment.confirmationId ?? '', items, box.boxId ?? '') } : {}),
          };
        });
      }
      const { url } = documents.publish(baseUrl, now, 'application/pdf', () => renderLabelsPdf(labels, pageType));
      return { status: 200, body: { payload: { DownloadURL: url } } };
    },

    [`${V0}.getBillOfLading`]: ({ pathParams, account, now, baseUrl }) => {
      const { plan, shipment } = byConfirmationId(account.accountId, pathParams.shipmentId ?? '');
      const option = selectedMode(plan, shipment);
      if (option.shippingMode !== 'FREIGHT_LTL' || option.shippingSolution !== 'AMAZON_PARTNERED_CARRIER') {
        throw invalidInput(`Shipment ${shipment.confirmationId} is not an Amazon-partnered LTL shipment; bills of lading exist only for those.`);
      }
      const boxes = shipmentBoxes(plan, shipment);
      const content = {
        bolNumber: `BOL${shipment.amazonReferenceId ?? ''}`,
        shipmentConfirmationId: shipment.confirmationId ?? '',
        amazonReferenceId: shipment.amazonReferenceId ?? '',
        carrier: option.carrier.name,
        from: shipment.sourceAddress,
        to: shipment.destination.address,
        pallets: shipment.pallets.reduce((n, p) => n + p.quantity, 0),
        boxes: boxes.length,
        weightLb: boxes.reduce((n, b) => n + weightLb(b.weight), 0),
        freightClass: shipment.transportConfig?.freightInformation?.freightClass ?? 'NONE',
      };
      const { url } = documents.publish(baseUrl, now, 'application/pdf', () => renderBillOfLadingPdf(content));
      return { status: 200, body: { payload: { DownloadURL: url } } };
    },

    [`${V0}.getPrepInstructions`]: ({ query }) => {
      const country = query.get('ShipToCountryCode') ?? '';
      if (country !== 'US') throw invalidInput(`ShipToCountryCode ${country} is not served by the practice marketplace; use US.`);
      const skus = csvParam(query, 'SellerSKUList');
      const asins = csvParam(query, 'ASINList');
      if (skus.length === 0 && asins.length === 0) throw invalidInput('Give SellerSKUList or ASINList.');
      if (skus.length > 50 || asins.length > 50) throw invalidInput('SellerSKUList and ASINList take at most 50 values each.');
      const instructionsOf = (prepTypes: string[], labelled: boolean) => {
        const list = [...prepTypes.map((t) => V0_PREP[t] ?? 'NoPrep'), ...(labelled ? ['Labeling'] : [])];
        const real = list.filter((p) => p !== 'NoPrep');
        return {
          PrepGuidance: real.length > 0 ? 'SeePrepInstructionsList' : 'NoAdditionalPrepRequired',
          PrepInstructionList: real.length > 0 ? real : ['NoPrep'],
          AmazonPrepFeesDetailsList: real.map((p) => ({ PrepInstruction: p, FeePerUnit: { CurrencyCode: 'USD', Value: p === 'Labeling' ? 0.3 : 0.55 } })),
        };
      };
      const skuFound = skus.map((sku) => catalogue.get(sku)).filter((e) => e !== undefined);
      const asinFound = asins.map((asin) => catalogue.items.find((c) => c.asin === asin)).filter((e) => e !== undefined);
      return {
        status: 200,
        body: {
          payload: {
            SKUPrepInstructionsList: skuFound.map((e) => ({
              SellerSKU: e.msku,
              ASIN: e.asin,
              BarcodeInstruction: e.canUseManufacturerBarcode ? 'CanUseOriginalBarcode' : 'RequiresFNSKULabel',
              ...instructionsOf(e.prepTypes, !e.canUseManufacturerBarcode),
            })),
            InvalidSKUList: skus.filter((s) => !catalogue.get(s)).map((SellerSKU) => ({ SellerSKU, ErrorReason: 'DoesNotExist' })),
            ASINPrepInstructionsList: asinFound.map((e) => {
              const { AmazonPrepFeesDetailsList: _fees, ...rest } = instructionsOf(e.prepTypes, !e.canUseManufacturerBarcode);
              return { ASIN: e.asin, BarcodeInstruction: e.canUseManufacturerBarcode ? 'CanUseOriginalBarcode' : 'RequiresFNSKULabel', ...rest };
            }),
            InvalidASINList: asins.filter((a) => !catalogue.items.some((c) => c.asin === a)).map((ASIN) => ({ ASIN, ErrorReason: 'DoesNotExist' })),
          },
        },
      };
    },
  };
}
