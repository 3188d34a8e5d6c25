import type { PeerHandler, PeerReply, SeenRequest } from './http-peer';

export const LWA_PATH = '/auth/o2/token';
export const RDT_PATH = '/tokens/2021-03-01/restrictedDataToken';

export interface AuthState {
  /** Access tokens issued so far, in order. */
  issued: string[];
  /** RDTs issued so far with the resources they cover. */
  rdts: { token: string; resources: { method: string; path: string }[] }[];
  /** Seconds each access token lives. */
  lifetimeSeconds: number;
  /** Seconds each RDT lives. */
  rdtLifetimeSeconds: number;
}

/**
 * Wraps a test's SP-API handler with Login with Amazon (refresh-token grant) and the
 * Tokens API, as the real services answer them: tokens `Atza|...`, RDTs `Atz.sprdt|...`.
 */
export function withAuth(
  api: PeerHandler,
  options: Partial<Pick<AuthState, 'lifetimeSeconds' | 'rdtLifetimeSeconds'>> & { serveTokensApi?: boolean } = {},
) {
  const state: AuthState = { issued: [], rdts: [], lifetimeSeconds: options.lifetimeSeconds ?? 3600, rdtLifetimeSeconds: options.rdtLifetimeSeconds ?? 3600 };
  const handler: PeerHandler = (request: SeenRequest): PeerReply | Promise<PeerReply> => {
    if (request.method === 'POST' && request.path === LWA_PATH) {
      const form = new URLSearchParams(request.body);
      if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== 'Atzr|refresh-1' || form.get('client_id') !== 'amzn1.application-oa2-client.test' || form.get('client_secret') !== 'amzn1.oa2-cs.v1.secret') {
        return { status: 400, body: { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter' } };
      }
      const token = `Atza|token-${state.issued.length + 1}`;
      state.issued.push(token);
      return { status: 200, body: { access_token: token, refresh_token: 'Atzr|refresh-1', token_type: 'bearer', expires_in: state.lifetimeSeconds } };
    }
    if (request.method === 'POST' && request.path === RDT_PATH && options.serveTokensApi !== false) {
      const body = JSON.parse(request.body) as { restrictedResources: { method: string; path: string }[] };
      const token = `Atz.sprdt|rdt-${state.rdts.length + 1}`;
      state.rdts.push({ token, resources: body.restrictedResources });
      return { status: 200, headers: { 'x-amzn-requestid': `rdt-req-${state.rdts.length}` }, body: { restrictedDataToken: token, expiresIn: state.rdtLifetimeSeconds } };
    }
    return api(request);
  };
  return { state, handler };
}

export const TEST_ACCOUNT_SECRETS = {
  lwaClientId: 'amzn1.application-oa2-client.test',
  lwaClientSecret: 'amzn1.oa2-cs.v1.secret',
  refreshToken: 'Atzr|refresh-1',
} as const;

/** Requests of a peer that reached an SP-API operation (not LWA, not the Tokens API). */
export const apiRequests = (seen: SeenRequest[]) => seen.filter((r) => r.path !== LWA_PATH && r.path !== RDT_PATH);
