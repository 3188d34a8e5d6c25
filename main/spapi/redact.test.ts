import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactText } from './redact';

describe('redactText', () => {
  it('removes LWA tokens, RDTs, client secrets and bearer credentials', () => {
    const text = 'sent Atza|IwEBIA-xyz_123 then Atzr|IwEBrefresh and Atz.sprdt|IQEBLjAsAhRm with amzn1.oa2-cs.v1.abc123DEF and Bearer eyJhbGciOi';
    const out = redactText(text);
    for (const secret of ['IwEBIA-xyz_123', 'IwEBrefresh', 'IQEBLjAsAhRm', 'abc123DEF', 'eyJhbGciOi']) expect(out).not.toContain(secret);
    expect(out).toContain('sent');
  });

  it('removes form-encoded secrets but keeps the field names for diagnosis', () => {
    expect(redactText('grant_type=refresh_token&refresh_token=abc&client_secret=def')).toBe(
      `grant_type=refresh_token&refresh_token=${REDACTED}&client_secret=${REDACTED}`,
    );
  });

  it('removes e-mail addresses and phone numbers', () => {
    const out = redactText('Call +1 (206) 555-0100 or 020 7946 0958 or mail jane.doe+ship@example.co.uk; plain 2065550100 too');
    expect(out).not.toMatch(/555-0100|7946|jane\.doe|2065550100/);
  });

  it('keeps dates, times, quantities, request ids and SP-API identifiers', () => {
    const text = 'at 2024-03-20T10:15:00Z plan wf1234abcd-1234-abcd-5678-1234abcd5678 shipment FBA15DJ8SX9H U000001 qty 12 order 902-1845936-5435065 weight 12.5 id 348975493 UPC 012345678905 GTIN 00012345678905';
    expect(redactText(text)).toBe(text);
  });
});

describe('redact', () => {
  it('replaces secret and personal fields at any depth and leaves the rest', () => {
    const input = {
      access_token: 'abc',
      headers: { 'x-amz-access-token': 'tok', 'content-type': 'application/json' },
      shipToParty: {
        partyId: 'X1',
        address: { name: 'Jane Doe', addressLine1: '1 Main St', city: 'Springfield', postalCode: '12345', countryCode: 'US', phone: '555', email: 'j@d.com' },
      },
      items: [{ sku: 'SKU-1', quantity: 2, buyerName: 'Jo' }],
      note: 'token Atza|secret-value',
    };
    expect(redact(input)).toEqual({
      access_token: REDACTED,
      headers: { 'x-amz-access-token': REDACTED, 'content-type': 'application/json' },
      shipToParty: {
        partyId: 'X1',
        address: { name: REDACTED, addressLine1: REDACTED, city: REDACTED, postalCode: REDACTED, countryCode: 'US', phone: REDACTED, email: REDACTED },
      },
      items: [{ sku: 'SKU-1', quantity: 2, buyerName: REDACTED }],
      note: `token ${REDACTED}`,
    });
    // The input is not modified.
    expect(input.shipToParty.address.name).toBe('Jane Doe');
  });

  it('copes with cycles, nulls and non-objects', () => {
    const a: Record<string, unknown> = { refreshToken: null, n: 1 };
    a.self = a;
    expect(redact(a)).toEqual({ refreshToken: null, n: 1, self: '[circular]' });
    expect(redact(42)).toBe(42);
    expect(redact(undefined)).toBeUndefined();
  });
});
