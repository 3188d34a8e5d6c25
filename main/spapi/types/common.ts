/**
 * Shapes shared by the Vendor APIs whose types Packbench writes itself (no maintained typed
 * SDK covers them): field names and optionality follow the official models.
 */
export interface ErrorEntry {
  code: string;
  message: string;
  details?: string;
}

export interface Pagination {
  nextToken?: string;
}

export interface VendorAddress {
  name: string;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  city?: string;
  county?: string;
  district?: string;
  stateOrRegion?: string;
  postalCode?: string;
  countryCode: string;
  phone?: string;
}

export interface TaxRegistrationDetails {
  taxRegistrationType?: string;
  taxRegistrationNumber: string;
  taxRegistrationAddress?: VendorAddress;
  taxRegistrationMessages?: string;
}

export interface PartyIdentification {
  partyId: string;
  address?: VendorAddress;
  taxRegistrationDetails?: TaxRegistrationDetails[];
}

/** Decimal amounts travel as strings in the Vendor models (e.g. "12.50"). */
export type Decimal = string;

export interface TransactionReference {
  transactionId?: string;
}
