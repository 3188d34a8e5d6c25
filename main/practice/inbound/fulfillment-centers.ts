import type { FulfillmentCenter } from './model';

const fc = (warehouseId: string, hazmat: boolean, addressLine1: string, city: string, stateOrProvinceCode: string, postalCode: string): FulfillmentCenter => ({
  warehouseId,
  hazmat,
  address: { name: `Amazon.com Services, Inc. ${warehouseId}`, companyName: 'Amazon.com Services, Inc.', addressLine1, city, stateOrProvinceCode, postalCode, countryCode: 'US' },
});

/** US fulfillment centres that practice placements send shipments to; hazmat ones receive dangerous goods. */
export const US_FULFILLMENT_CENTERS: readonly FulfillmentCenter[] = [
  fc('ONT8', false, '24300 Nandina Ave', 'Moreno Valley', 'CA', '92551'),
  fc('MDW2', false, '250 Emerald Dr', 'Joliet', 'IL', '60433'),
  fc('ABE8', false, '401 Independence Rd', 'Florence', 'NJ', '08518'),
  fc('DFW7', false, '700 Westport Pkwy', 'Fort Worth', 'TX', '76177'),
  fc('BFI4', false, '21005 64th Ave S', 'Kent', 'WA', '98032'),
  fc('IND9', false, '1151 S Graham Rd', 'Greenwood', 'IN', '46143'),
  fc('PHX7', true, '800 N 75th Ave', 'Phoenix', 'AZ', '85043'),
  fc('CHA2', true, '225 Infinity Dr NW', 'Charleston', 'TN', '37310'),
];

export const HAZMAT_CENTERS = US_FULFILLMENT_CENTERS.filter((c) => c.hazmat);
export const STANDARD_CENTERS = US_FULFILLMENT_CENTERS.filter((c) => !c.hazmat);
