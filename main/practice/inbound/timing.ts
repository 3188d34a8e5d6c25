const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long the offers of the practice marketplace stay valid; tests move an injected clock past them. */
export const INBOUND_TIMING = {
  packingOptionTtlMs: 24 * HOUR,
  placementOptionTtlMs: 24 * HOUR,
  transportQuoteTtlMs: 24 * HOUR,
  deliveryWindowValidityMs: 24 * HOUR,
  contentUpdatePreviewTtlMs: HOUR,
  /** Void windows after transportation confirmation (Amazon partnered carriers). */
  smallParcelVoidWindowMs: 24 * HOUR,
  ltlVoidWindowMs: HOUR,
  /** US delivery windows are seven days long. */
  deliveryWindowLengthMs: 7 * DAY,
  day: DAY,
} as const;
