import got from 'got';
import { z } from 'zod';
import type { Station } from './station';
import { PRACTICE_ROUTES_PREFIX } from '../practice/http-server';
import type { CatalogueItem as PracticeItem } from '../practice/catalogue';
import type { CatalogueItem } from '../../shared/ipc/inbound';
import { PRACTICE_SELLER, PRACTICE_VENDOR, type PracticeAccount } from '../practice/practice-accounts';

/** What the station takes from a practice catalogue entry (a shared marketplace sends these fields at least). */
export type PracticeCatalogueEntry = Pick<
  PracticeItem,
  'msku' | 'fnsku' | 'asin' | 'upc' | 'ean' | 'title' | 'weightLb' | 'dimensionsIn' | 'requiresExpiration' | 'hazmat' | 'prepTypes' | 'canUseManufacturerBarcode'
>;

/** The practice catalogue in the station's catalogue shape. */
export function practiceCatalogueItem(item: PracticeCatalogueEntry): CatalogueItem {
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
 * and one practice vendor, all talking to the station's practice marketplace (its own, or a shared one). Idempotent.
 */
export function ensurePracticeAccounts(station: Station, catalogue: readonly PracticeCatalogueEntry[]): { sellerId: string; vendorId: string } {
  const sellerId = ensureAccount(station, PRACTICE_SELLER);
  const vendorId = ensureAccount(station, PRACTICE_VENDOR);
  // An empty catalogue (a shared marketplace not reachable yet) leaves the accounts to be filled on a later call.
  if (catalogue.length > 0 && station.catalogue.count(sellerId) === 0) station.catalogue.upsert(sellerId, catalogue.map(practiceCatalogueItem));
  // The practice vendor sells the same goods: its DF orders name them by vendor SKU (the MSKU) and ASIN.
  if (catalogue.length > 0 && station.catalogue.count(vendorId) === 0) station.catalogue.upsert(vendorId, catalogue.map(practiceCatalogueItem));
  if (station.plans.shipFromList(sellerId).length === 0) {
    station.plans.saveShipFrom({ accountId: sellerId, label: 'Practice warehouse', address: PRACTICE_WAREHOUSE });
  }
  return { sellerId, vendorId };
}

const practiceCatalogueReply = z.object({
  seed: z.number().int(),
  items: z
    .array(
      z
        .object({
          msku: z.string().min(1),
          fnsku: z.string(),
          asin: z.string(),
          upc: z.string().optional(),
          ean: z.string().optional(),
          title: z.string(),
          weightLb: z.number(),
          dimensionsIn: z.object({ length: z.number(), width: z.number(), height: z.number() }),
          requiresExpiration: z.boolean(),
          hazmat: z.boolean(),
          prepTypes: z.array(z.string()),
          canUseManufacturerBarcode: z.boolean(),
        })
        .passthrough(),
    )
    .min(1),
});

/**
 * The catalogue of a practice marketplace the station does not run itself (`--practice-url`), read from its
 * `GET /practice/catalogue`. Throws with the reason when the marketplace does not answer or answers something else.
 */
export async function fetchPracticeCatalogue(baseUrl: string, timeoutMs = 5000): Promise<PracticeCatalogueEntry[]> {
  const url = new URL(`${PRACTICE_ROUTES_PREFIX}catalogue`, baseUrl).toString();
  const body: unknown = await got(url, { timeout: { request: timeoutMs }, retry: { limit: 0 } }).json();
  const parsed = practiceCatalogueReply.safeParse(body);
  if (!parsed.success) throw new Error(`${url} did not answer with a practice catalogue: ${parsed.error.issues[0]?.message ?? 'unexpected reply'}`);
  return parsed.data.items;
}

/** Checks a `--practice-url` value: an http(s) URL with no path, query or credentials. */
export function practiceBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--practice-url must be the practice marketplace's address such as http://127.0.0.1:4510, not "${text}".`);
  }
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error(`--practice-url must start with http:// or https://, not ${url.protocol}//.`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new Error(`--practice-url must be only the marketplace's address (scheme, host and port), not "${text}".`);
  }
  return url.origin;
}
