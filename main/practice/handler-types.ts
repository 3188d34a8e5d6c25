import type { OperationSpec } from '../spapi/operation-spec';
import type { PracticeAccount } from './practice-accounts';

export interface OperationContext {
  spec: OperationSpec;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, undefined when the request had none. */
  body: unknown;
  account: PracticeAccount;
  now: number;
  baseUrl: string;
}

export interface OperationReply {
  status: number;
  body?: unknown;
}

/**
 * A handler validates, renders what it needs (labels, PDFs), then commits its state change without awaiting in
 * between, so an `after` fault always finds the change made and concurrent requests never see half of it.
 */
export type OperationHandler = (ctx: OperationContext) => OperationReply | Promise<OperationReply>;

/** Handlers keyed by `${api}.${operationId}`, e.g. `fulfillmentInbound_2024-03-20.createInboundPlan`. */
export type HandlerTable = Record<string, OperationHandler>;

export const operationKey = (spec: Pick<OperationSpec, 'api' | 'operationId'>): string => `${spec.api}.${spec.operationId}`;
