import { z } from 'zod';

/**
 * Status and reason codes a vendor-own-carrier (VOC) station sends with DF submitShipmentStatusUpdates. Amazon's model
 * leaves both as free strings and points at the DF Shipping use-case guide, which uses the ANSI X12 214 codes (its own
 * example is D1 with NS). The station offers the subset a packing station can witness or hear from its carrier.
 */
export const DF_STATUS_CODES = ['AF', 'X6', 'OD', 'D1', 'AP', 'SD'] as const;
export const DfStatusCode = z.enum(DF_STATUS_CODES);
export type DfStatusCode = z.infer<typeof DfStatusCode>;

/** NS (normal status) goes with a status that went as planned; the others explain an exception. */
export const DF_REASON_CODES = ['NS', 'A1', 'A2', 'A5', 'AG', 'AO', 'BG'] as const;
export const DfReasonCode = z.enum(DF_REASON_CODES);
export type DfReasonCode = z.infer<typeof DfReasonCode>;

/** Statuses that report an exception, so they need a reason other than NS; every other status is normal and takes NS. */
export const EXCEPTION_STATUSES: ReadonlySet<DfStatusCode> = new Set(['AP', 'SD']);

/** Where the package was when its status changed (a carrier hub, the customer's street); Amazon requires name, street and country. */
export const DfStatusLocation = z
  .object({
    name: z.string().trim().min(1, 'The name of the status location (such as the carrier hub) is required.').max(100),
    addressLine1: z.string().trim().min(1, 'The street of the status location is required.').max(120),
    city: z.string().trim().min(1, 'The city of the status location is required.').max(60),
    stateOrRegion: z.string().trim().max(60).optional(),
    postalCode: z.string().trim().max(20).optional(),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'The country of the status location is a two-letter ISO code such as US or DE.'),
  })
  .strict();
export type DfStatusLocation = z.infer<typeof DfStatusLocation>;

export interface DfStatusInput {
  statusCode: DfStatusCode;
  reasonCode: DfReasonCode;
  /** ISO 8601 date-time with a zone. */
  statusDateTime: string;
  estimatedDeliveryDateTime?: string | undefined;
}

/**
 * Why a status update cannot go to Amazon as entered, or null when it can. `now` bounds the status time: a status is
 * something that already happened, so it is never in the future (five minutes of clock skew allowed).
 */
export function statusUpdateProblem(input: DfStatusInput, shippedAt: number | null, now: number): string | null {
  const exception = EXCEPTION_STATUSES.has(input.statusCode);
  if (exception && input.reasonCode === 'NS') return `Status ${input.statusCode} reports an exception: choose the reason (not NS, normal status).`;
  if (!exception && input.reasonCode !== 'NS') return `Status ${input.statusCode} is a normal status: its reason is NS, not ${input.reasonCode}.`;
  const at = Date.parse(input.statusDateTime);
  if (Number.isNaN(at)) return `The status time "${input.statusDateTime}" is not an ISO 8601 date-time.`;
  if (at > now + 5 * 60_000) return 'The status time is in the future: a status update reports what already happened.';
  if (shippedAt !== null && at < shippedAt - 5 * 60_000) return 'The status time is before the shipment was confirmed.';
  if (input.estimatedDeliveryDateTime !== undefined) {
    const eta = Date.parse(input.estimatedDeliveryDateTime);
    if (Number.isNaN(eta)) return `The estimated delivery "${input.estimatedDeliveryDateTime}" is not an ISO 8601 date-time.`;
    if (eta < at) return 'The estimated delivery is before the status time.';
  }
  return null;
}
