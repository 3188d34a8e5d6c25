import type { Station } from './station';
import type { CatalogueItem as PracticeItem } from '../practice/catalogue';
import type { CatalogueItem } from '../../shared/ipc/inbound';
import { PRACTICE_SELLER, PRACTICE_VENDOR, type PracticeAccount } from '../practice/practice-accounts';

/** The practice catalogue in the station's catalogue shape. */
export function practiceCatalogueItem(item: PracticeItem): CatalogueItem {
  return {
    msku: item.msku,
    fnsku: item.fnsku,
    asin: item.asin,
    upc: item.upc ?? null,
    ean: item.ean ?? null,
    title: item.title,
    weightG: Math.round(item.weightLb * 453.59237),
    dimensionsMm: [Math.round(item.dimensionsIn.length * 25.4), Math.round(item.dimensionsIn.width * 25.4), Math.round(item.dimensionsIn.height * 25.4)],
    prepOwner: item.prepTypes.length > 0 ? 'SELLER' : 'NONE',
    labelOwner: item.canUseManufacturerBarcode ? 'NONE' : 'SELLER',
    requiresExpiration: item.requiresExpiration,
    hazmat: item.hazmat,
  };
}

const PRACTICE_WAREHOUSE = {
  name: 'Packbench Practice',
  companyName: 'Packbench Practice Warehouse',
  addressLine1: '2001 Practice Way',
  city: 'Seattle',
  stateOrProvinceCode: 'WA',
  postalCode: '98109',
  countryCode: 'US',
  phoneNumber: '2065550100',
};

function ensureAccount(station: Station, practice: PracticeAccount): string {
  const existing = station.accounts.list().find((a) => a.practice && a.name === practice.name);
  if (existing) return existing.id;
  return station.accounts.create(
    {
      name: practice.name,
      type: practice.kind,
      region: practice.region,
      marketplaceIds: [...practice.marketplaceIds],
      environment: 'sandbox',
      lwaClientId: practice.clientId,
      lwaClientSecret: practice.clientSecret,
      refreshToken: practice.refreshToken,
    },
    { practice: true },
  ).id;
}

/**
 * A new station opens ready to practise: one practice seller (with the practice catalogue and a ship-from address)
 * and one practice vendor, all talking to the station's own practice marketplace. Idempotent.
 */
export function ensurePracticeAccounts(station: Station, catalogue: readonly PracticeItem[]): { sellerId: string; vendorId: string } {
  const sellerId = ensureAccount(station, PRACTICE_SELLER);
  const vendorId = ensureAccount(station, PRACTICE_VENDOR);
  if (station.catalogue.count(sellerId) === 0) station.catalogue.upsert(sellerId, catalogue.map(practiceCatalogueItem));
  // The practice vendor sells the same goods: its DF orders name them by vendor SKU (the MSKU) and ASIN.
  if (station.catalogue.count(vendorId) === 0) station.catalogue.upsert(vendorId, catalogue.map(practiceCatalogueItem));
  if (station.plans.shipFromList(sellerId).length === 0) {
    station.plans.saveShipFrom({ accountId: sellerId, label: 'Practice warehouse', address: PRACTICE_WAREHOUSE });
  }
  return { sellerId, vendorId };
}
