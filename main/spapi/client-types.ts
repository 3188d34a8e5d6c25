import type { Region } from '../../shared/marketplaces';
import type { SpApiEnvironment } from './endpoints';
import type { SpApiRequest } from './request-builder';

/** What the client needs to call Amazon for one selling partner account. */
export interface SpApiAccount {
  /** Key for the token cache and rate-limit buckets; a stored account's id. */
  id: string;
  region: Region;
  environment: SpApiEnvironment;
  lwaClientId: string;
  lwaClientSecret: string;
  refreshToken: string;
  /** Replaces the regional host, e.g. the practice marketplace's `http://127.0.0.1:PORT`. */
  baseUrl?: string;
  /** Replaces Login with Amazon's token URL. */
  lwaTokenUrl?: string;
}

/** One line of the request log; it never holds a token, secret or personal data. */
export interface SpApiLogEntry {
  api: string;
  operationId: string;
  /** `api.operationId`. */
  operation: string;
  method: string;
  /** HTTP status, null when no reply arrived. */
  status: number | null;
  durationMs: number;
  requestId: string | null;
  /** 1 for the first send of a call. */
  attempt: number;
  outcome: 'ok' | 'retry' | 'error' | 'ambiguous';
  /** Redacted reason of a failure. */
  error?: string;
}

/** A request exactly as it leaves the client (tokens included: observers must not log it). */
export interface WireRequest {
  api: string;
  operationId: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  attempt: number;
}

export interface WireResponse {
  api: string;
  operationId: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  requestId: string | undefined;
  attempt: number;
}

export interface SpApiResult<T = unknown> {
  status: number;
  /** Parsed JSON; undefined for an empty reply (204). */
  body: T;
  requestId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Sends it took, the first included. */
  attempts: number;
}

/** Anything that can make an SP-API call for one account: the client itself or a test double. */
export interface SpApiCaller {
  call<T = unknown>(api: string, operationId: string, request?: SpApiRequest): Promise<SpApiResult<T>>;
}
