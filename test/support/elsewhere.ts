import { SpApiClient } from '../../main/spapi/client';
import type { AccountClient } from '../../main/spapi/client';
import { PRACTICE_SELLER } from '../../main/practice/practice-accounts';

const API = 'fulfillmentInbound_2024-03-20';

/**
 * "Seller Central" or another packing station: a second SP-API client of the same practice seller, working on the
 * same practice marketplace as the station under test, so a test can change a plan behind the station's back.
 */
export class Elsewhere {
  readonly client: AccountClient;

  /** `baseUrl` may be a proxy in front of the marketplace; `lwaUrl` is the marketplace's token endpoint. */
  constructor(endpoints: { baseUrl: string; lwaUrl: string }) {
    this.client = new SpApiClient({ retry: { baseDelayMs: 20, maxDelayMs: 200 } }).forAccount({
      id: 'elsewhere-seller',
      region: 'NA',
      environment: 'production',
      lwaClientId: PRACTICE_SELLER.clientId,
      lwaClientSecret: PRACTICE_SELLER.clientSecret,
      refreshToken: PRACTICE_SELLER.refreshToken,
      baseUrl: endpoints.baseUrl,
      lwaTokenUrl: endpoints.lwaUrl,
    });
  }

  async call<T>(operationId: string, path: Record<string, string>, body?: unknown): Promise<T> {
    return (await this.client.call<T>(API, operationId, { path, ...(body === undefined ? {} : { body }) })).body;
  }

  /** Waits until an asynchronous inbound operation has ended; returns its status. */
  async finish(operationId: string): Promise<string> {
    for (let i = 0; i < 500; i++) {
      const status = await this.call<{ operationStatus: string }>('getInboundOperationStatus', { operationId });
      if (status.operationStatus !== 'IN_PROGRESS') return status.operationStatus;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`Operation ${operationId} did not finish`);
  }

  /** Starts an operation and waits for it; throws unless it succeeded. */
  async run(operationId: string, path: Record<string, string>, body?: unknown): Promise<void> {
    const started = await this.call<{ operationId: string }>(operationId, path, body);
    const status = await this.finish(started.operationId);
    if (status !== 'SUCCESS') throw new Error(`${operationId} ended ${status}`);
  }

  async plan(inboundPlanId: string): Promise<{ name: string; status: string }> {
    return this.call('getInboundPlan', { inboundPlanId });
  }

  rename(inboundPlanId: string, name: string): Promise<unknown> {
    return this.call('updateInboundPlanName', { inboundPlanId }, { name });
  }

  async placementOptionIds(inboundPlanId: string): Promise<string[]> {
    const body = await this.call<{ placementOptions: { placementOptionId: string }[] }>('listPlacementOptions', { inboundPlanId });
    return body.placementOptions.map((o) => o.placementOptionId).sort();
  }
}
