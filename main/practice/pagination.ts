import { invalidInput } from './errors';

/** Pages a list with an opaque token that encodes the next offset. */
export function paginate<T>(
  list: readonly T[],
  query: URLSearchParams,
  options: { sizeParam?: string | null; tokenParam?: string; defaultSize: number; maxSize: number },
): { page: T[]; nextToken?: string } {
  // A null sizeParam means the operation has no page size parameter: pages are always defaultSize long.
  const sizeParam = options.sizeParam === undefined ? 'pageSize' : options.sizeParam;
  const tokenParam = options.tokenParam ?? 'paginationToken';
  const rawSize = sizeParam === null ? null : query.get(sizeParam);
  const size = rawSize === null ? options.defaultSize : Number(rawSize);
  if (!Number.isInteger(size) || size < 1 || size > options.maxSize) {
    throw invalidInput(`${sizeParam} must be an integer from 1 to ${options.maxSize}, got "${rawSize}".`);
  }
  const token = query.get(tokenParam);
  let offset = 0;
  if (token !== null) {
    const decoded = /^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
    if (!decoded?.[1] || Number(decoded[1]) > list.length) throw invalidInput(`${tokenParam} "${token}" is not a token this list returned.`);
    offset = Number(decoded[1]);
  }
  const page = list.slice(offset, offset + size);
  const next = offset + size;
  return next < list.length ? { page, nextToken: Buffer.from(`o${next}`).toString('base64url') } : { page };
}

/** The `pagination` member of a 2024-03-20 list response, present only when there is a next page. */
export function paginationOf(nextToken: string | undefined): { pagination?: { nextToken: string } } {
  return nextToken ? { pagination: { nextToken } } : {};
}
