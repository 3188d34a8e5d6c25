import type { SpApiCaller } from '../client-types';
import { findOperation } from '../operations';
import { splitParams } from '../request-builder';

/** A typed operation: parameters by their model names (body as `body`), resolving to the reply body. */
export type Operation<P, R> = (params: P) => Promise<R>;

/** Parameters of an operation that takes none. */
export type NoParams = Record<string, never>;

/**
 * Binds one row of the operation table to a typed function. The operation is looked up
 * at binding time, so a typo in a wrapper fails when the wrapper is built, not mid-workflow.
 */
export function bind<P extends object, R>(caller: SpApiCaller, api: string, operationId: string): Operation<P, R> {
  const spec = findOperation(api, operationId);
  return async (params: P) => {
    const result = await caller.call<R>(api, operationId, splitParams(spec, params as Record<string, unknown>));
    return result.body;
  };
}

/** Inbound 2024-03-20 and Vendor list operations share these paging parameters. */
export interface PageParams {
  pageSize?: number;
  paginationToken?: string;
}

/** Vendor DF list operations take a creation window and a cursor. */
export interface DfListParams {
  shipFromPartyId?: string;
  limit?: number;
  createdAfter: string;
  createdBefore: string;
  sortOrder?: 'ASC' | 'DESC';
  nextToken?: string;
}
