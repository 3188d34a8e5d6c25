/**
 * The practice accounts a new station opens on. Their credentials are public on purpose: they only open the practice
 * marketplace that the station itself serves on loopback, and never reach Amazon.
 */
export interface PracticeAccount {
  accountId: string;
  kind: 'seller' | 'vendor';
  name: string;
  sellingPartnerId: string;
  region: 'NA';
  marketplaceIds: readonly string[];
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export const US_MARKETPLACE_ID = 'ATVPDKIKX0DER';
/** Mexico: a practice marketplace where Amazon offers self-ship appointments. */
export const MX_MARKETPLACE_ID = 'A1AM78C64UM0Y8';

export const PRACTICE_SELLER: PracticeAccount = Object.freeze({
  accountId: 'practice-seller',
  kind: 'seller',
  name: 'Packbench Practice Seller',
  sellingPartnerId: 'A1PRACTICESELLER',
  region: 'NA',
  marketplaceIds: Object.freeze([US_MARKETPLACE_ID, MX_MARKETPLACE_ID]),
  clientId: 'amzn1.application-oa2-client.packbenchpracticeseller',
  clientSecret: 'amzn1.oa2-cs.v1.packbench-practice-seller-secret',
  refreshToken: 'Atzr|packbench-practice-seller-refresh-token',
});

export const PRACTICE_VENDOR: PracticeAccount = Object.freeze({
  accountId: 'practice-vendor',
  kind: 'vendor',
  name: 'Packbench Practice Vendor',
  sellingPartnerId: 'A1PRACTICEVENDOR',
  region: 'NA',
  marketplaceIds: Object.freeze([US_MARKETPLACE_ID]),
  clientId: 'amzn1.application-oa2-client.packbenchpracticevendor',
  clientSecret: 'amzn1.oa2-cs.v1.packbench-practice-vendor-secret',
  refreshToken: 'Atzr|packbench-practice-vendor-refresh-token',
});

export const PRACTICE_ACCOUNTS: readonly PracticeAccount[] = [PRACTICE_SELLER, PRACTICE_VENDOR];
