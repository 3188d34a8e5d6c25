/** Sellers getMarketplaceParticipations and Tokens createRestrictedDataToken. */
import type { ErrorEntry } from './common';

export interface MarketplaceParticipation {
  marketplace: { id: string; name: string; countryCode: string; defaultCurrencyCode: string; defaultLanguageCode: string; domainName: string };
  participation: { isParticipating: boolean; hasSuspendedListings: boolean };
  storeName: string;
}

export interface GetMarketplaceParticipationsResponse {
  payload?: MarketplaceParticipation[];
  errors?: ErrorEntry[];
}

export interface RestrictedResource {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  /** Only for Orders API getOrder/getOrders/getOrderItems. */
  dataElements?: string[];
}

export interface CreateRestrictedDataTokenRequest {
  targetApplication?: string;
  restrictedResources: RestrictedResource[];
}

export interface CreateRestrictedDataTokenResponse {
  restrictedDataToken?: string;
  expiresIn?: number;
}
