import type { SpApiCaller } from './client-types';
import { SpApiRequestError } from './errors';
import { findOperation } from './operations';
import type { SpApiRequest } from './request-builder';

/** Where the next page's request carries the token. */
export interface TokenParam {
  in: 'query' | 'body';
  name: string;
}

export interface PageOptions<T> {
  /** Found from the operation table when omitted (paginationToken, nextToken, NextToken in the query, else `nextToken` in the body). */
  tokenParam?: TokenParam;
  /** Reads the next page's token; by default from any of the places SP-API puts it. */
  nextToken?: (page: T) => string | undefined;
  /** Stops after this many pages. */
  maxPages?: number;
}

const QUERY_TOKEN_NAMES = ['paginationToken', 'nextToken', 'NextToken'];

export function tokenParamOf(api: string, operationId: string): TokenParam {
  const spec = findOperation(api, operationId);
  for (const name of QUERY_TOKEN_NAMES) {
    if (spec.params.some((p) => p.in === 'query' && p.name === name)) return { in: 'query', name };
  }
  if (spec.params.some((p) => p.in === 'body')) return { in: 'body', name: 'nextToken' };
  throw new SpApiRequestError(`${api}.${operationId} is not paginated: it takes no paginationToken or nextToken`);
}

function pick(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * SP-API puts the next token in several places: `pagination.nextToken` (Inbound 2024-03-20,
 * Vendor), `payload.pagination.nextToken` (Vendor DF), `payload.nextToken` (Outbound),
 * `payload.NextToken` (Inbound v0).
 */
export function defaultNextToken(page: unknown): string | undefined {
  const candidates = [
    pick(page, 'pagination', 'nextToken'),
    pick(page, 'payload', 'pagination', 'nextToken'),
    pick(page, 'payload', 'nextToken'),
    pick(page, 'payload', 'NextToken'),
    pick(page, 'nextToken'),
    pick(page, 'NextToken'),
  ];
  const found = candidates.find((c) => typeof c === 'string' && c.length > 0);
  return found as string | undefined;
}

function withToken(request: SpApiRequest, param: TokenParam, token: string, api: string): SpApiRequest {
  if (param.in === 'body') {
    const body = request.body && typeof request.body === 'object' ? request.body : {};
    return { ...request, body: { ...body, [param.name]: token } };
  }
  const query = { ...request.query, [param.name]: token };
  // Inbound v0 list operations take the token only together with QueryType=NEXT_TOKEN.
  if (param.name === 'NextToken' && api === 'fulfillmentInboundV0') query.QueryType = 'NEXT_TOKEN';
  return { ...request, query };
}

/**
 * Yields each page's body in order. Every page is an ordinary call, so it waits for the
 * operation's rate-limit bucket like any other: iterating never causes a burst of 429s.
 */
export async function* pages<T = unknown>(
  caller: SpApiCaller,
  api: string,
  operationId: string,
  request: SpApiRequest = {},
  options: PageOptions<T> = {},
): AsyncGenerator<T, void, undefined> {
  const param = options.tokenParam ?? tokenParamOf(api, operationId);
  const next = options.nextToken ?? ((page: T) => defaultNextToken(page));
  const seen = new Set<string>();
  let current = request;
  for (let count = 1; ; count++) {
    const { body } = await caller.call<T>(api, operationId, current);
    yield body;
    const token = next(body);
    if (!token || (options.maxPages !== undefined && count >= options.maxPages)) return;
    if (seen.has(token)) {
      throw new SpApiRequestError(`${api}.${operationId} returned the same next token twice ("${token.slice(0, 40)}"); stopping to avoid an endless loop`);
    }
    seen.add(token);
    current = withToken(request, param, token, api);
  }
}

/** Collects the items of every page, e.g. `collect(pages(...), (p) => p.inboundPlans ?? [])`. */
export async function collect<T, I>(source: AsyncIterable<T>, items: (page: T) => readonly I[] | undefined): Promise<I[]> {
  const out: I[] = [];
  for await (const page of source) out.push(...(items(page) ?? []));
  return out;
}
