import type { OperationSpec } from './operation-spec';
import { SpApiRequestError } from './errors';

export type ScalarValue = string | number | boolean | Date;
export type QueryValue = ScalarValue | readonly ScalarValue[];

/** An operation's parameters by location, each named as in the official model. */
export interface SpApiRequest {
  path?: Record<string, string | number>;
  query?: Record<string, QueryValue | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What goes on the wire, before authentication. */
export interface HttpRequest {
  method: OperationSpec['method'];
  /** Path with parameters substituted, e.g. `/inbound/fba/2024-03-20/inboundPlans/wf1`. */
  path: string;
  /** Encoded query string without `?`, empty when there is none. */
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** RFC 3986 encoding (what Amazon signs and parses): unlike encodeURIComponent it also escapes !'()*. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function scalarText(value: ScalarValue): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

const SEPARATORS = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' } as const;

function describe(spec: OperationSpec): string {
  const params = spec.params.map((p) => `${p.name} (${p.in}${p.required ? ', required' : ''})`);
  return params.length ? params.join(', ') : 'no parameters';
}

/**
 * Sorts flat `--params`-style input (model names, body as `body`) into locations.
 * Unknown names and missing required parameters are refused with the list of what the operation takes.
 */
export function splitParams(spec: OperationSpec, flat: Record<string, unknown>): SpApiRequest {
  const request: Required<Pick<SpApiRequest, 'path' | 'query' | 'headers'>> & { body?: unknown } = { path: {}, query: {}, headers: {} };
  const expected = spec.params.map((p) => p.name);
  for (const [name, value] of Object.entries(flat)) {
    if (value === undefined) continue;
    const param = spec.params.find((p) => p.name === name);
    if (!param) {
      throw new SpApiRequestError(
        `${spec.api}.${spec.operationId} has no parameter "${name}". It takes: ${describe(spec)}`,
        expected,
      );
    }
    if (param.in === 'body') request.body = value;
    else if (param.in === 'path') request.path[name] = asScalar(spec, name, value) as string | number;
    else if (param.in === 'header') request.headers[name] = String(asScalar(spec, name, value));
    else request.query[name] = Array.isArray(value) ? value.map((v) => asScalar(spec, name, v)) : asScalar(spec, name, value);
  }
  return request;
}

function asScalar(spec: OperationSpec, name: string, value: unknown): ScalarValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  throw new SpApiRequestError(`${spec.api}.${spec.operationId}: parameter "${name}" must be a string, number or boolean`);
}

/** Builds method, path, query and body from the spec; refuses what the model would reject by shape. */
export function buildHttpRequest(spec: OperationSpec, request: SpApiRequest = {}): HttpRequest {
  const label = `${spec.api}.${spec.operationId}`;
  const expected = spec.params.map((p) => p.name);
  const given: Record<string, Record<string, unknown> | undefined> = {
    path: request.path,
    query: request.query,
    header: request.headers,
  };
  for (const [location, values] of Object.entries(given)) {
    for (const name of Object.keys(values ?? {})) {
      if (!spec.params.some((p) => p.name === name && p.in === location)) {
        throw new SpApiRequestError(`${label} has no ${location} parameter "${name}". It takes: ${describe(spec)}`, expected);
      }
    }
  }
  const missing = spec.params.filter((p) => {
    if (!p.required) return false;
    if (p.in === 'body') return request.body === undefined;
    const value = given[p.in]?.[p.name];
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  });
  if (missing.length) {
    throw new SpApiRequestError(
      `${label} is missing required parameter(s): ${missing.map((p) => `${p.name} (${p.in})`).join(', ')}. It takes: ${describe(spec)}`,
      expected,
    );
  }
  if (request.body !== undefined && !spec.params.some((p) => p.in === 'body')) {
    throw new SpApiRequestError(`${label} takes no request body. It takes: ${describe(spec)}`, expected);
  }

  const path = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeRfc3986(String(request.path?.[name])));

  const parts: string[] = [];
  for (const param of spec.params) {
    if (param.in !== 'query') continue;
    const value = request.query?.[param.name];
    if (value === undefined) continue;
    const key = encodeRfc3986(param.name);
    if (Array.isArray(value)) {
      const texts = (value as readonly ScalarValue[]).map(scalarText);
      const format = param.collectionFormat ?? 'csv';
      if (format === 'multi') texts.forEach((t) => parts.push(`${key}=${encodeRfc3986(t)}`));
      else parts.push(`${key}=${encodeRfc3986(texts.join(SEPARATORS[format]))}`);
    } else {
      parts.push(`${key}=${encodeRfc3986(scalarText(value as ScalarValue))}`);
    }
  }

  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  let body: string | undefined;
  if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] = 'application/json';
  }
  return { method: spec.method, path, query: parts.join('&'), headers, body };
}
