import type { PracticeAccount } from './practice-accounts';
import type { TokenStore } from './token-store';

export const LWA_PATH = '/auth/o2/token';

export interface LwaReply {
  status: number;
  body: Record<string, string | number>;
}

/**
 * Login with Amazon's refresh-token grant, answering as LWA does: `invalid_client` (401) for an unknown client or
 * wrong secret, `invalid_grant` (400) for a refresh token the client does not own, `unsupported_grant_type` and
 * `invalid_request` (400) for malformed requests.
 */
export function answerLwa(form: URLSearchParams, accounts: readonly PracticeAccount[], tokens: TokenStore, lifetimeSec: number): LwaReply {
  const grantType = form.get('grant_type');
  const missing = ['grant_type', 'client_id', 'client_secret'].filter((k) => !form.get(k));
  if (missing.length > 0) {
    return { status: 400, body: { error: 'invalid_request', error_description: `The request is missing a required parameter : ${missing[0]}` } };
  }
  if (grantType !== 'refresh_token') {
    return {
      status: 400,
      body: { error: 'unsupported_grant_type', error_description: `The authorization grant type is not supported : ${grantType}` },
    };
  }
  const account = accounts.find((a) => a.clientId === form.get('client_id'));
  if (!account || account.clientSecret !== form.get('client_secret')) {
    return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
  }
  const refreshToken = form.get('refresh_token');
  if (!refreshToken) {
    return { status: 400, body: { error: 'invalid_request', error_description: 'The request is missing a required parameter : refresh_token' } };
  }
  if (refreshToken !== account.refreshToken) {
    return { status: 400, body: { error: 'invalid_grant', error_description: 'The request has an invalid grant parameter : refresh_token' } };
  }
  return {
    status: 200,
    body: {
      access_token: tokens.issue(account, 'access', lifetimeSec),
      refresh_token: refreshToken,
      token_type: 'bearer',
      expires_in: lifetimeSec,
    },
  };
}
