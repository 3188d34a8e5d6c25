import type { OperationSpec } from '../spapi/operation-spec';

export interface RouteMatch {
  spec: OperationSpec;
  pathParams: Record<string, string>;
}

interface CompiledRoute {
  spec: OperationSpec;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
}

function compile(spec: OperationSpec): CompiledRoute {
  const names: string[] = [];
  const segments = spec.path.split('/').filter(Boolean);
  const source = segments
    .map((segment) => {
      const placeholder = /^\{(\w+)\}$/.exec(segment);
      if (placeholder?.[1]) {
        names.push(placeholder[1]);
        return '/([^/]+)';
      }
      return '/' + segment.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
    })
    .join('');
  return { spec, pattern: new RegExp(`^${source}$`), names, literalSegments: segments.length - names.length };
}

/** Matches a request's method and path against the operation table's path templates. */
export class OperationRouter {
  private readonly routes: CompiledRoute[];

  constructor(operations: readonly OperationSpec[]) {
    // Literal segments win over placeholders (`/fulfillmentOrders/preview` before `/fulfillmentOrders/{id}`).
    this.routes = operations.map(compile).sort((a, b) => b.literalSegments - a.literalSegments);
  }

  match(method: string, pathname: string): RouteMatch | { allowedMethods: string[] } | null {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      if (route.spec.method !== method) {
        allowed.push(route.spec.method);
        continue;
      }
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => {
        pathParams[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { spec: route.spec, pathParams };
    }
    return allowed.length > 0 ? { allowedMethods: allowed } : null;
  }
}

/** Whether a concrete request path is covered by a restricted-resource path, where `{name}` matches one segment. */
export function pathCovers(resourcePath: string, requestPath: string): boolean {
  const a = resourcePath.split('/').filter(Boolean);
  const b = requestPath.split('/').filter(Boolean);
  return a.length === b.length && a.every((segment, i) => /^\{\w+\}$/.test(segment) || segment === b[i]);
}
