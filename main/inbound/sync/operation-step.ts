import type { ZodType } from 'zod';
import type { OutboxHandler } from '../../sync/outcome';
import type { AmazonPlan, InboundSyncDeps } from './deps';
import type { InboundApi, OperationStarted } from './inbound-api';

export interface StepContext<P> {
  plan: AmazonPlan;
  api: InboundApi;
  payload: P;
}

/**
 * The common shape of an inbound step that starts an asynchronous operation on Amazon: nothing to do for a plan
 * cancelled before it reached Amazon; when an earlier attempt may have reached Amazon, `alreadyDone` looks first;
 * otherwise `start` sends the call and the entry waits for its operation.
 */
export function operationStep<P extends { planId: string }>(
  deps: InboundSyncDeps,
  payload: ZodType<P>,
  step: { alreadyDone?: (ctx: StepContext<P>) => Promise<boolean>; start: (ctx: StepContext<P>) => Promise<OperationStarted> },
): OutboxHandler<P> {
  return {
    payload,
    async send({ payload: p, inDoubt }) {
      const plan = deps.requireAmazonPlan(p.planId);
      if (!plan) return { kind: 'done' };
      const ctx = { plan, api: deps.api(plan.account_id), payload: p };
      if (inDoubt && step.alreadyDone && (await step.alreadyDone(ctx))) return { kind: 'done' };
      const { operationId } = await step.start(ctx);
      return { kind: 'await-operation', operationId };
    },
  };
}
