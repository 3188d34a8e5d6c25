/** Amazon marketplaces as the Selling Partner API names them. */
export const REGIONS = ['NA', 'EU', 'FE'] as const;
export type Region = (typeof REGIONS)[number];

export interface Marketplace {
  id: string;
  country: string;
  name: string;
  region: Region;
  currency: string;
  /** Weight and length system for box limits and labels. */
  units: 'imperial' | 'metric';
  /** Why Send to Amazon through the Fulfillment Inbound API is not offered, when it is not. */
  inboundUnsupported?: string;
}

const list: Marketplace[] = [
  { id: 'ATVPDKIKX0DER', country: 'US', name: 'United States', region: 'NA', currency: 'USD', units: 'imperial' },
  { id: 'A2EUQ1WTGCTBG2', country: 'CA', name: 'Canada', region: 'NA', currency: 'CAD', units: 'metric' },
  { id: 'A1AM78C64UM0Y8', country: 'MX', name: 'Mexico', region: 'NA', currency: 'MXN', units: 'metric' },
  {
    id: 'A2Q3Y263D00KWC', country: 'BR', name: 'Brazil', region: 'NA', currency: 'BRL', units: 'metric',
    inboundUnsupported: 'Amazon does not support the Fulfillment Inbound API in Brazil; create shipments in Seller Central.',
  },
  { id: 'A1F83G8C2ARO7P', country: 'GB', name: 'United Kingdom', region: 'EU', currency: 'GBP', units: 'metric' },
  { id: 'A1PA6795UKMFR9', country: 'DE', name: 'Germany', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'A13V1IB3VIYZZH', country: 'FR', name: 'France', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'APJ6JRA9NG5V4', country: 'IT', name: 'Italy', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'A1RKKUPIHCS9HS', country: 'ES', name: 'Spain', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'A1805IZSGTT6HS', country: 'NL', name: 'Netherlands', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'AMEN7PMS3EDWL', country: 'BE', name: 'Belgium', region: 'EU', currency: 'EUR', units: 'metric' },
  { id: 'A2NODRKZP88ZB9', country: 'SE', name: 'Sweden', region: 'EU', currency: 'SEK', units: 'metric' },
  { id: 'A1C3SOZRARQ6R3', country: 'PL', name: 'Poland', region: 'EU', currency: 'PLN', units: 'metric' },
  { id: 'A28R8C7NBKEWEA', country: 'IE', name: 'Ireland', region: 'EU', currency: 'EUR', units: 'metric' },
  {
    id: 'A33AVAJ2PDY3EV', country: 'TR', name: 'Turkey', region: 'EU', currency: 'TRY', units: 'metric',
    inboundUnsupported: 'Amazon does not support the Fulfillment Inbound API in Turkey; create shipments in Seller Central.',
  },
  { id: 'AE08WJ6YKNBMC', country: 'ZA', name: 'South Africa', region: 'EU', currency: 'ZAR', units: 'metric' },
  { id: 'ARBP9OOSHTCHU', country: 'EG', name: 'Egypt', region: 'EU', currency: 'EGP', units: 'metric' },
  { id: 'A17E79C6D8DWNP', country: 'SA', name: 'Saudi Arabia', region: 'EU', currency: 'SAR', units: 'metric' },
  { id: 'A2VIGQ35RCS4UG', country: 'AE', name: 'United Arab Emirates', region: 'EU', currency: 'AED', units: 'metric' },
  { id: 'A21TJRUUN4KGV', country: 'IN', name: 'India', region: 'EU', currency: 'INR', units: 'metric' },
  { id: 'A1VC38T7YXB528', country: 'JP', name: 'Japan', region: 'FE', currency: 'JPY', units: 'metric' },
  { id: 'A39IBJ37TRP1C6', country: 'AU', name: 'Australia', region: 'FE', currency: 'AUD', units: 'metric' },
  { id: 'A19VAU5U5O7RUS', country: 'SG', name: 'Singapore', region: 'FE', currency: 'SGD', units: 'metric' },
];

export const MARKETPLACES: Readonly<Record<string, Marketplace>> = Object.fromEntries(list.map((m) => [m.id, m]));

export function marketplaceIdsOf(region: Region): string[] {
  return list.filter((m) => m.region === region).map((m) => m.id);
}

export function marketplacesOf(region: Region): Marketplace[] {
  return list.filter((m) => m.region === region);
}
