import { z } from 'zod';
import { invalidInput } from './errors';
import type { HandlerTable } from './handler-types';
import { US_MARKETPLACE_ID } from './practice-accounts';
import type { TokenStore } from './token-store';
import { parseBody } from './validation';

/** Operations that return personal data and so need a Restricted Data Token, as on Amazon. */
export const RESTRICTED_OPERATIONS: ReadonlySet<string> = new Set([
  'vendorDirectFulfillmentOrdersV1.getOrders',
  'vendorDirectFulfillmentOrdersV1.getOrder',
  'vendorDirectFulfillmentOrders_2021-12-28.getOrders',
  'vendorDirectFulfillmentOrders_2021-12-28.getOrder',
  'vendorDirectFulfillmentShippingV1.getShippingLabels',
  'vendorDirectFulfillmentShippingV1.getShippingLabel',
  'vendorDirectFulfillmentShippingV1.getPackingSlips',
  'vendorDirectFulfillmentShippingV1.getPackingSlip',
  'vendorDirectFulfillmentShippingV1.getCustomerInvoices',
  'vendorDirectFulfillmentShippingV1.getCustomerInvoice',
  'vendorDirectFulfillmentShipping_2021-12-28.getShippingLabels',
  'vendorDirectFulfillmentShipping_2021-12-28.getShippingLabel',
  'vendorDirectFulfillmentShipping_2021-12-28.createShippingLabels',
  'vendorDirectFulfillmentShipping_2021-12-28.getPackingSlips',
  'vendorDirectFulfillmentShipping_2021-12-28.getPackingSlip',
  'vendorDirectFulfillmentShipping_2021-12-28.getCustomerInvoices',
  'vendorDirectFulfillmentShipping_2021-12-28.getCustomerInvoice',
]);

const rdtRequest = z
  .object({
    targetApplication: z.string().min(1).optional(),
    restrictedResources: z
      .array(
        z.object({
          method: z.enum(['GET', 'PUT', 'POST', 'DELETE']),
          path: z.string().startsWith('/', 'path must start with "/"'),
          dataElements: z.array(z.enum(['buyerInfo', 'shippingAddress', 'buyerTaxInformation'])).optional(),
        }),
      )
      .min(1)
      .max(50, 'at most 50 restricted resources per token'),
  })
  .strict();

export function tokensAndSellersHandlers(tokens: TokenStore, rdtLifetimeSec: number): HandlerTable {
  return {
    'tokens_2021-03-01.createRestrictedDataToken': ({ body, account, spec }) => {
      const request = parseBody(rdtRequest, body, spec.operationId);
      if (request.targetApplication) throw invalidInput('Delegation to another application (targetApplication) is not available to practice accounts.');
      const token = tokens.issue(account, 'restricted', rdtLifetimeSec, request.restrictedResources);
      return { status: 200, body: { restrictedDataToken: token, expiresIn: rdtLifetimeSec } };
    },
    'sellers.getMarketplaceParticipations': ({ account }) => ({
      status: 200,
      body: {
        payload: account.marketplaceIds
          .filter((id) => id === US_MARKETPLACE_ID)
          .map(() => ({
            marketplace: {
              id: US_MARKETPLACE_ID,
              name: 'Amazon.com',
              countryCode: 'US',
              defaultCurrencyCode: 'USD',
              defaultLanguageCode: 'en_US',
              domainName: 'www.amazon.com',
            },
            participation: { isParticipating: true, hasSuspendedListings: false },
            storeName: account.name,
          })),
      },
    }),
  };
}
