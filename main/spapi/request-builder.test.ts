import { describe, expect, it } from 'vitest';
import { buildHttpRequest, encodeRfc3986, splitParams } from './request-builder';
import { findOperation } from './operations';

describe('buildHttpRequest', () => {
  it('repeats multi arrays and comma-joins csv arrays, RFC 3986 encoded', () => {
    const compliance = buildHttpRequest(findOperation('fulfillmentInbound_2024-03-20', 'listItemComplianceDetails'), {
      query: { mskus: ['SKU 1', 'SKU/2'], marketplaceId: 'ATVPDKIKX0DER' },
    });
    expect(compliance.query).toBe('mskus=SKU%201&mskus=SKU%2F2&marketplaceId=ATVPDKIKX0DER');
    const prep = buildHttpRequest(findOperation('fulfillmentInboundV0', 'getPrepInstructions'), {
      query: { ShipToCountryCode: 'US', ASINList: ['B0A', 'B0B'] },
    });
    expect(prep.query).toBe('ShipToCountryCode=US&ASINList=B0A%2CB0B');
  });

  it('substitutes encoded path parameters and serialises the body as JSON', () => {
    const request = buildHttpRequest(findOperation('fulfillmentOutbound_2020-07-01', 'updateFulfillmentOrder'), {
      path: { sellerFulfillmentOrderId: "order (1)'s" },
      body: { displayableOrderComment: 'x' },
    });
    expect(request.path).toBe('/fba/outbound/2020-07-01/fulfillmentOrders/order%20%281%29%27s');
    expect(request.body).toBe('{"displayableOrderComment":"x"}');
    expect(request.headers['content-type']).toBe('application/json');
  });

  it('writes dates as ISO-8601', () => {
    const request = buildHttpRequest(findOperation('vendorDirectFulfillmentOrdersV1', 'getOrders'), {
      query: { createdAfter: new Date(Date.UTC(2026, 0, 1)), createdBefore: '2026-01-02T00:00:00Z' },
    });
    expect(request.query).toBe('createdAfter=2026-01-01T00%3A00%3A00.000Z&createdBefore=2026-01-02T00%3A00%3A00Z');
  });

  it('names the missing and the unknown parameters', () => {
    const spec = findOperation('fulfillmentInbound_2024-03-20', 'listItemComplianceDetails');
    expect(() => buildHttpRequest(spec, { query: { marketplaceId: 'X' } })).toThrow(/missing required parameter\(s\): mskus \(query\)/);
    expect(() => buildHttpRequest(spec, { query: { marketplaceId: 'X', mskus: [] } })).toThrow(/missing required parameter\(s\): mskus \(query\)/);
    expect(() => buildHttpRequest(spec, { query: { mskus: ['a'], marketplaceId: 'X', pageSize: 3 } })).toThrow(/no query parameter "pageSize"/);
    expect(() => buildHttpRequest(findOperation('sellers', 'getMarketplaceParticipations'), { body: {} })).toThrow(/takes no request body/);
  });
});

describe('splitParams', () => {
  it('sorts model-named parameters into locations', () => {
    const spec = findOperation('fulfillmentInbound_2024-03-20', 'updateInboundPlanName');
    expect(splitParams(spec, { inboundPlanId: 'wf1', body: { name: 'n' } })).toEqual({
      path: { inboundPlanId: 'wf1' }, query: {}, headers: {}, body: { name: 'n' },
    });
    expect(() => splitParams(spec, { planId: 'wf1' })).toThrow(/no parameter "planId"\. It takes: inboundPlanId \(path, required\), body \(body, required\)/);
  });
});

describe('encodeRfc3986', () => {
  it('escapes the characters encodeURIComponent leaves alone', () => {
    expect(encodeRfc3986("a!b'c(d)e*f g")).toBe('a%21b%27c%28d%29e%2Af%20g');
  });
});
