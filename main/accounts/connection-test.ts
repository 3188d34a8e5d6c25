import type { ConnectionTest } from '../../shared/ipc/accounts';
import type { SpApiAccounts } from '../spapi/account-resolver';
import { LwaError, SpApiClientError, SpApiError, SpApiNetworkError } from '../spapi/errors';

interface Participation {
  marketplace?: { id?: string; countryCode?: string; name?: string };
  participation?: { isParticipating?: boolean };
}

/** "Test connection": proves the credentials work by asking Amazon which marketplaces the account sells in. */
export async function testConnection(spapi: SpApiAccounts, accountId: string): Promise<ConnectionTest> {
  try {
    const result = await spapi.caller(accountId).call<{ payload?: Participation[] }>('sellers', 'getMarketplaceParticipations');
    const marketplaces = (result.body.payload ?? []).map((p) => ({
      id: p.marketplace?.id ?? '',
      countryCode: p.marketplace?.countryCode ?? '',
      name: p.marketplace?.name ?? '',
      participating: p.participation?.isParticipating === true,
    }));
    return { ok: true, message: `Connected: ${marketplaces.filter((m) => m.participating).length} marketplace(s) open to this account.`, marketplaces };
  } catch (error) {
    let message: string;
    if (error instanceof LwaError) message = `Login with Amazon refused the credentials: check the client id, client secret and refresh token. (${error.message})`;
    else if (error instanceof SpApiNetworkError) message = `Amazon could not be reached: ${error.reason}. Check the network and try again.`;
    else if (error instanceof SpApiError && (error.status === 401 || error.status === 403)) message = `Amazon refused access (${error.code ?? error.status}): the app may lack the Selling Partner role for this call.`;
    else if (error instanceof SpApiClientError) message = error.message;
    else throw error;
    return { ok: false, message, marketplaces: [] };
  }
}
