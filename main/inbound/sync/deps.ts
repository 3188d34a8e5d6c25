import type { Db } from '../../db/database';
import type { InboundRepo, PlanRow } from '../inbound-repo';
import type { InboundApi } from './inbound-api';

export type AmazonPlan = PlanRow & { amazon_plan_id: string };

export interface InboundSyncDeps {
  db: Db;
  repo: InboundRepo;
  api(accountId: string): InboundApi;
  /** The plan, once Amazon knows it; null when it was cancelled before it ever reached Amazon. */
  requireAmazonPlan(planId: string): AmazonPlan | null;
  /** Time left to a plan found by name after a lost create reply before its next step is sent. */
  adoptedPlanGraceMs: number;
}

export class PlanNotOnAmazonError extends Error {
  constructor(planId: string) {
    super(`Plan ${planId} has not been created on Amazon yet`);
    this.name = 'PlanNotOnAmazonError';
  }
}
