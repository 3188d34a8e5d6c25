/** The test-support conformance checker must catch what Amazon would reject, or the suite's conformance claims mean nothing. */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conformanceLabel, modelsAvailable, responseConformance, validateRequest, validateResponse } from '../../test/support/spapi-models';

const PLAN = 'wf1234abcd-1234-abcd-5678-1234abcd5678';
const INBOUND = 'fulfillmentInbound_2024-03-20';

describe.runIf(modelsAvailable())(`request and response validation (${conformanceLabel()})`, () => {
  it('accepts a well-formed request and names each defect of a bad one', () => {
    expect(validateRequest(INBOUND, 'listInboundPlans', { method: 'GET', url: '/inbound/fba/2024-03-20/inboundPlans?pageSize=10&status=ACTIVE' })).toEqual({ checked: true, errors: [] });
    const bad = validateRequest(INBOUND, 'listInboundPlans', { method: 'POST', url: '/inbound/fba/2024-03-20/inboundPlans?pageSize=999&status=OPEN&colour=red' });
    expect(bad.errors).toEqual(expect.arrayContaining([
      'method POST but the model says GET',
      'query parameter "colour" is not in the model',
      expect.stringMatching(/^query parameter pageSize must be <= 30/),
      expect.stringMatching(/^query parameter status must be equal to one of the allowed values/),
    ]));
  });

  it('knows multi from csv arrays and checks path parameters and bodies', () => {
    const multi = validateRequest(INBOUND, 'listPrepDetails', { method: 'GET', url: '/inbound/fba/2024-03-20/items/prepDetails?marketplaceId=ATVPDKIKX0DER&mskus=a&mskus=b' });
    expect(multi.errors).toEqual([]);
    const csv = validateRequest('fulfillmentInboundV0', 'getPrepInstructions', { method: 'GET', url: '/fba/inbound/v0/prepInstructions?ShipToCountryCode=US&ASINList=B0A&ASINList=B0B' });
    expect(csv.errors).toContain('query parameter ASINList is repeated but its collectionFormat is csv');
    const body = validateRequest(INBOUND, 'updateInboundPlanName', { method: 'PUT', url: `/inbound/fba/2024-03-20/inboundPlans/short/name`, body: '{"nam":"x"}' });
    expect(body.errors).toEqual(expect.arrayContaining([
      expect.stringMatching(/^path parameter inboundPlanId must NOT have fewer than 38 characters/),
      "body must have required property 'name'",
    ]));
  });

  it('checks replies against the response schema of their status', () => {
    expect(validateResponse(INBOUND, 'createInboundPlan', 202, { inboundPlanId: PLAN, operationId: '1234abcd-1234-abcd-5678-1234abcd5678' }).errors).toEqual([]);
    expect(validateResponse(INBOUND, 'createInboundPlan', 202, { inboundPlanId: 7 }).errors).toEqual(expect.arrayContaining([
      "response must have required property 'operationId'",
      'response/inboundPlanId must be string',
    ]));
    expect(validateResponse(INBOUND, 'createInboundPlan', 418, {}).errors[0]).toMatch(/status 418 is not among the model's responses/);
    const observer = responseConformance();
    observer.onResponse({ api: INBOUND, operationId: 'getInboundOperationStatus', status: 200, body: '{"operationStatus":"DONE"' });
    expect(observer.failures).toEqual([`${INBOUND}.getInboundOperationStatus 200: reply is not JSON`]);
  });
});

describe('without the official models', () => {
  it('says plainly that conformance was not checked', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-models-'));
    vi.stubEnv('SPAPI_MODELS_DIR', join(empty, 'absent'));
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const fresh = await import('../../test/support/spapi-models');
      expect(fresh.modelsAvailable()).toBe(false);
      expect(fresh.conformanceLabel()).toMatch(/^CONFORMANCE NOT CHECKED/);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('conformance was NOT checked'));
      expect(fresh.validateRequest(INBOUND, 'getInboundPlan', { method: 'GET', url: `/inbound/fba/2024-03-20/inboundPlans/${PLAN}` })).toMatchObject({ checked: false, errors: [] });
      expect(fresh.sandboxExamples(INBOUND)).toEqual([]);
    } finally {
      warn.mockRestore();
      vi.unstubAllEnvs();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
