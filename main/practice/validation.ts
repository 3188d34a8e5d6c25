import type { z } from 'zod';
import { invalidInput } from './errors';

/** Parses a request body against its schema; the error names every field that is wrong and why. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, operationId: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'body'}: ${issue.message}`);
  throw invalidInput(`Invalid ${operationId} request: ${problems.join('; ')}`);
}

/** A comma-separated list query parameter, as the models' `collectionFormat: csv` arrays are sent. */
export function csvParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}
