import { invalidInput } from '../errors';
import type { HandlerTable } from '../handler-types';
import { renderLabelsPdf } from '../labels/label-pdf';
import { parseBody } from '../validation';
import { INBOUND_API, type InboundContext } from './context';
import { createItemLabelsRequest, setPrepDetailsRequest, updateComplianceRequest } from './schemas';

const op = (name: string) => `${INBOUND_API}.${name}`;

interface PrepOverride {
  prepCategory: string;
  prepTypes: string[];
}

/** MSKUs of a `collectionFormat: multi` parameter: one query value per MSKU, at most 100. */
function mskusOf(query: URLSearchParams): string[] {
  const mskus = query.getAll('mskus').filter(Boolean);
  if (mskus.length === 0) throw invalidInput('Give at least one mskus value.');
  if (mskus.length > 100) throw invalidInput(`mskus takes at most 100 values, got ${mskus.length}.`);
  return mskus;
}

export function itemHandlers(ctx: InboundContext): HandlerTable {
  const { catalogue, operations, documents } = ctx;
  const prepOverrides = new Map<string, PrepOverride>();
  const declaredValues = new Map<string, { amount: number; code: string }>();

  const checkMarketplace = (marketplaceId: string | null, allowed: readonly string[]) => {
    if (!marketplaceId || !allowed.includes(marketplaceId)) throw invalidInput(`marketplaceId ${marketplaceId ?? '(none)'} is not available to this account.`);
  };

  return {
    [op('listPrepDetails')]: ({ query, account }) => {
      checkMarketplace(query.get('marketplaceId'), account.marketplaceIds);
      const details = mskusOf(query).map((msku) => {
        const entry = catalogue.get(msku);
        if (!entry) throw invalidInput(`MSKU ${msku} is not in this seller's catalogue.`);
        const override = prepOverrides.get(msku);
        const prepTypes = override?.prepTypes ?? entry.prepTypes;
        return {
          msku,
          prepCategory: override?.prepCategory ?? entry.prepCategory,
          prepTypes,
          // US sellers label and prep their own units: Amazon's label service is not offered in the US marketplace.
          labelOwnerConstraint: entry.canUseManufacturerBarcode ? undefined : 'SELLER_ONLY',
          prepOwnerConstraint: prepTypes.every((t) => t === 'ITEM_NO_PREP') ? 'NONE_ONLY' : 'SELLER_ONLY',
        };
      });
      return { status: 200, body: { mskuPrepDetails: details.map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined))) } };
    },

    [op('setPrepDetails')]: ({ body, spec, account, now }) => {
      const request = parseBody(setPrepDetailsRequest, body, spec.operationId);
      checkMarketplace(request.marketplaceId, account.marketplaceIds);
      for (const detail of request.mskuPrepDetails) {
        if (!catalogue.get(detail.msku)) throw invalidInput(`MSKU ${detail.msku} is not in this seller's catalogue.`);
        if (detail.prepTypes.includes('ITEM_NO_PREP') && detail.prepTypes.length > 1) throw invalidInput(`MSKU ${detail.msku}: ITEM_NO_PREP cannot be combined with other prep types.`);
      }
      for (const detail of request.mskuPrepDetails) prepOverrides.set(detail.msku, { prepCategory: detail.prepCategory, prepTypes: detail.prepTypes });
      return { status: 202, body: { operationId: operations.start('setPrepDetails', account.accountId, now).operationId } };
    },

    [op('listItemComplianceDetails')]: ({ query, account }) => {
      checkMarketplace(query.get('marketplaceId'), account.marketplaceIds);
      const complianceDetails = mskusOf(query).map((msku) => {
        const entry = catalogue.get(msku);
        if (!entry) throw invalidInput(`MSKU ${msku} is not in this seller's catalogue.`);
        return { msku, asin: entry.asin, fnsku: entry.fnsku, taxDetails: { declaredValue: declaredValues.get(msku) ?? { amount: entry.unitPriceUsd, code: 'USD' } } };
      });
      return { status: 200, body: { complianceDetails } };
    },

    [op('updateItemComplianceDetails')]: ({ query, body, spec, account, now }) => {
      const request = parseBody(updateComplianceRequest, body, spec.operationId);
      checkMarketplace(query.get('marketplaceId'), account.marketplaceIds);
      if (!catalogue.get(request.msku)) throw invalidInput(`MSKU ${request.msku} is not in this seller's catalogue.`);
      if (request.taxDetails.declaredValue) declaredValues.set(request.msku, request.taxDetails.declaredValue);
      return { status: 202, body: { operationId: operations.start('updateItemComplianceDetails', account.accountId, now).operationId } };
    },

    [op('createMarketplaceItemLabels')]: ({ body, spec, account, now, baseUrl }) => {
      const request = parseBody(createItemLabelsRequest, body, spec.operationId);
      checkMarketplace(request.marketplaceId, account.marketplaceIds);
      if (request.labelType === 'STANDARD_FORMAT' && !request.pageType) throw invalidInput('STANDARD_FORMAT item labels need a pageType.');
      if (request.labelType === 'THERMAL_PRINTING' && (request.width === undefined || request.height === undefined)) {
        throw invalidInput('THERMAL_PRINTING item labels need width and height in millimetres.');
      }
      const units = request.mskuQuantities.flatMap(({ msku, quantity }) => {
        const entry = catalogue.get(msku);
        if (!entry) throw invalidInput(`MSKU ${msku} is not in this seller's catalogue.`);
        return Array.from({ length: quantity }, () => entry);
      });
      if (units.length > 10000) throw invalidInput(`At most 10000 item labels per request, got ${units.length}.`);
      const labels = units.map((entry) => ({
        title: entry.title.slice(0, 40),
        barcodeText: entry.fnsku,
        humanReadable: entry.fnsku,
        lines: ['New'],
      }));
      const pageType = request.labelType === 'THERMAL_PRINTING' ? 'ItemLabel_Thermal' : (request.pageType ?? 'Letter_30');
      const { url, expiresAt } = documents.publish(baseUrl, now, 'application/pdf', () => renderLabelsPdf(labels, pageType));
      return { status: 200, body: { documentDownloads: [{ downloadType: 'URL', uri: url, expiration: new Date(expiresAt).toISOString() }] } };
    },
  };
}
