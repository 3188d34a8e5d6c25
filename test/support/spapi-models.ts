/**
 * Conformance against Amazon's official SP-API models (Swagger 2.0), for tests only.
 * The models are read from SPAPI_MODELS_DIR or ../shared/spapi-models beside the repo;
 * they are never copied into the repo. Where they are absent every check says plainly
 * that conformance was not checked, and `conformanceLabel` puts that in test titles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const MODELS_DIR = process.env.SPAPI_MODELS_DIR ?? resolve(repoRoot, '../shared/spapi-models');

type Json = Record<string, unknown>;

export interface ModelParameter {
  name: string;
  in: string;
  required?: boolean;
  type?: string;
  collectionFormat?: string;
  items?: Json;
  schema?: Json;
  [key: string]: unknown;
}

export interface ModelOperation {
  api: string;
  operationId: string;
  method: string;
  path: string;
  parameters: ModelParameter[];
  responses: Record<string, Json>;
}

interface Model {
  paths: Record<string, Record<string, unknown>>;
  definitions?: Json;
  parameters?: Record<string, ModelParameter>;
}

export interface ConformanceResult {
  /** False when the model is absent: nothing was checked. */
  checked: boolean;
  errors: string[];
  note?: string;
}

const models = new Map<string, Model | null>();

export function modelsAvailable(): boolean {
  return existsSync(MODELS_DIR);
}

let warned = false;
/** Text for test titles: says whether conformance is checked. Warns once when it is not. */
export function conformanceLabel(): string {
  if (modelsAvailable()) return 'conformance checked against the official models';
  if (!warned) {
    warned = true;
    console.warn(`SP-API models not found at ${MODELS_DIR}: conformance was NOT checked (set SPAPI_MODELS_DIR).`);
  }
  return `CONFORMANCE NOT CHECKED (no models at ${MODELS_DIR})`;
}

export function loadModel(api: string): Model | undefined {
  if (!models.has(api)) {
    const file = resolve(MODELS_DIR, `${api}.json`);
    models.set(api, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Model) : null);
  }
  return models.get(api) ?? undefined;
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

export function modelOperations(api: string): ModelOperation[] {
  const model = loadModel(api);
  if (!model) return [];
  const ops: ModelOperation[] = [];
  for (const [path, item] of Object.entries(model.paths)) {
    const shared = (item.parameters as ModelParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const op = item[method] as { operationId: string; parameters?: ModelParameter[]; responses: Record<string, Json> } | undefined;
      if (!op) continue;
      const parameters = [...shared, ...(op.parameters ?? [])].map((p) => {
        const ref = (p as { $ref?: string }).$ref;
        return ref ? (model.parameters?.[ref.split('/').pop() ?? ''] as ModelParameter) : p;
      });
      ops.push({ api, operationId: op.operationId, method: method.toUpperCase(), path, parameters, responses: op.responses });
    }
  }
  return ops;
}

export function modelOperation(api: string, operationId: string): ModelOperation | undefined {
  return modelOperations(api).find((op) => op.operationId === operationId);
}

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

function validator(api: string, key: string, schema: Json): ValidateFunction {
  const cacheKey = `${api} ${key}`;
  let fn = compiled.get(cacheKey);
  if (!fn) {
    fn = ajv.compile({ ...schema, definitions: loadModel(api)?.definitions ?? {} });
    compiled.set(cacheKey, fn);
  }
  return fn;
}

function check(api: string, key: string, schema: Json, value: unknown, where: string): string[] {
  const fn = validator(api, key, schema);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}`);
}

/** A parameter's own schema (Swagger 2.0 puts type, format, enum, pattern... on the parameter). */
function paramSchema(param: ModelParameter): Json {
  const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, ...schema } = param;
  return schema;
}

function coerce(text: string, type: unknown): unknown {
  if (type === 'integer' || type === 'number') return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

const SEPARATOR: Record<string, string> = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' };

/** Splits a raw query string into decoded values per name, in order. */
export function parseQuery(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!query) return out;
  for (const pair of query.split('&')) {
    const [rawKey = '', rawValue = ''] = pair.split(/=(.*)/s, 2);
    const key = decodeURIComponent(rawKey);
    out.set(key, [...(out.get(key) ?? []), decodeURIComponent(rawValue)]);
  }
  return out;
}

/** Matches a concrete path against a model path template; returns the decoded path parameters. */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  for (const m of template.matchAll(/\{([^}]+)\}/g)) names.push(m[1] ?? '');
  const match = new RegExp(`^${pattern}$`).exec(path);
  if (!match) return undefined;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')]));
}

export interface WireRequestLike {
  method: string;
  /** Full URL or path with query. */
  url: string;
  body?: string | undefined;
}

/** Validates a request as sent on the wire (method, path, query, JSON body) against the operation's model. */
export function validateRequest(api: string, operationId: string, request: WireRequestLike): ConformanceResult {
  const op = modelOperation(api, operationId);
  if (!op) return { checked: false, errors: [], note: `conformance not checked: no model for ${api}.${operationId} in ${MODELS_DIR}` };
  const url = new URL(request.url, 'http://placeholder');
  const errors: string[] = [];
  if (request.method.toUpperCase() !== op.method) errors.push(`method ${request.method} but the model says ${op.method}`);
  const pathParams = matchPath(op.path, url.pathname);
  if (!pathParams) errors.push(`path ${url.pathname} does not match ${op.path}`);
  const query = parseQuery(url.search.replace(/^\?/, ''));
  const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of query.keys()) if (!known.has(name)) errors.push(`query parameter "${name}" is not in the model`);

  for (const param of op.parameters) {
    const where = `${param.in} parameter ${param.name}`;
    const key = `${operationId} ${param.in} ${param.name}`;
    if (param.in === 'path') {
      const value = pathParams?.[param.name];
      if (value === undefined) continue;
      errors.push(...check(api, key, paramSchema(param), coerce(value, param.type), where));
    } else if (param.in === 'query') {
      const values = query.get(param.name);
      if (!values) {
        if (param.required) errors.push(`required ${where} is missing`);
        continue;
      }
      if (param.type === 'array') {
        const format = param.collectionFormat ?? 'csv';
        const items = format === 'multi' ? values : values.flatMap((v) => v.split(SEPARATOR[format] ?? ','));
        if (format !== 'multi' && values.length > 1) errors.push(`${where} is repeated but its collectionFormat is ${format}`);
        errors.push(...check(api, key, paramSchema(param), items.map((v) => coerce(v, param.items?.type)), where));
      } else {
        if (values.length > 1) errors.push(`${where} appears ${values.length} times`);
        errors.push(...check(api, key, paramSchema(param), coerce(values[0] ?? '', param.type), where));
      }
    } else if (param.in === 'body') {
      if (request.body === undefined || request.body === '') {
        if (param.required) errors.push('required body is missing');
        continue;
      }
      let body: unknown;
      try {
        body = JSON.parse(request.body);
      } catch {
        errors.push('body is not JSON');
        continue;
      }
      errors.push(...check(api, key, param.schema ?? {}, body, 'body'));
    }
  }
  if (request.body && !op.parameters.some((p) => p.in === 'body')) errors.push('a body was sent but the operation takes none');
  return { checked: true, errors };
}

/** Validates a reply's status and JSON body against the operation's response schema. */
export function validateResponse(api: string, operationId: string, status: number, body: unknown): ConformanceResult {
  const op = modelOperation(api, operationId);
  if (!op) return { checked: false, errors: [], note: `conformance not checked: no model for ${api}.${operationId} in ${MODELS_DIR}` };
  const response = op.responses[String(status)] ?? op.responses.default;
  if (!response) return { checked: true, errors: [`status ${status} is not among the model's responses (${Object.keys(op.responses).join(', ')})`] };
  const schema = response.schema as Json | undefined;
  if (!schema) {
    return { checked: true, errors: body === undefined || body === '' || body === null ? [] : [`status ${status} has no body in the model`] };
  }
  return { checked: true, errors: check(api, `${operationId} response ${status}`, schema, body, 'response') };
}

/** One `x-amzn-api-sandbox` static example of an operation. */
export interface SandboxExample {
  api: string;
  operationId: string;
  status: number;
  /** Parameter name -> { value } as in the model (a parameter without `value` matches anything). */
  parameters: Record<string, { value?: unknown }>;
  response: unknown;
  index: number;
}

export function sandboxExamples(api: string): SandboxExample[] {
  const out: SandboxExample[] = [];
  for (const op of modelOperations(api)) {
    for (const [status, response] of Object.entries(op.responses)) {
      const sandbox = response['x-amzn-api-sandbox'] as { static?: { request?: { parameters?: Json }; response?: unknown }[] } | undefined;
      (sandbox?.static ?? []).forEach((example) => {
        out.push({
          api,
          operationId: op.operationId,
          status: Number(status),
          parameters: (example.request?.parameters ?? {}) as Record<string, { value?: unknown }>,
          response: example.response,
          index: out.filter((e) => e.operationId === op.operationId).length,
        });
      });
    }
  }
  return out;
}

/** Validates every request a client sends (plug into SpApiClient's `onRequest`). */
export function requestConformance() {
  const failures: string[] = [];
  let checked = 0;
  let unchecked = 0;
  return {
    failures,
    get checked() {
      return checked;
    },
    get unchecked() {
      return unchecked;
    },
    onRequest(request: { api: string; operationId: string; method: string; url: string; body: string | undefined }): void {
      const result = validateRequest(request.api, request.operationId, request);
      if (!result.checked) {
        unchecked++;
        return;
      }
      checked++;
      failures.push(...result.errors.map((e) => `${request.api}.${request.operationId} ${request.method} ${request.url}: ${e}`));
    },
  };
}

/** Validates every reply a client receives (plug into SpApiClient's `onResponse`), e.g. from the practice marketplace. */
export function responseConformance() {
  const failures: string[] = [];
  let checked = 0;
  return {
    failures,
    get checked() {
      return checked;
    },
    onResponse(response: { api: string; operationId: string; status: number; body: string }): void {
      let body: unknown;
      try {
        body = response.body === '' ? undefined : JSON.parse(response.body);
      } catch {
        failures.push(`${response.api}.${response.operationId} ${response.status}: reply is not JSON`);
        return;
      }
      const result = validateResponse(response.api, response.operationId, response.status, body);
      if (!result.checked) return;
      checked++;
      failures.push(...result.errors.map((e) => `${response.api}.${response.operationId} ${response.status}: ${e}`));
    },
  };
}
