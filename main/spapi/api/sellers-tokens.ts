import type * as T from '../types/sellers-tokens';
import type { SpApiCaller } from '../client-types';
import { bind, type NoParams } from './bind';

export const SELLERS = 'sellers';
export const TOKENS = 'tokens_2021-03-01';

/** Account checks (which marketplaces a seller sells in) and explicit RDT requests. */
export function sellersAndTokens(caller: SpApiCaller) {
  return {
    getMarketplaceParticipations: bind<NoParams, T.GetMarketplaceParticipationsResponse>(caller, SELLERS, 'getMarketplaceParticipations'),
    createRestrictedDataToken: bind<{ body: T.CreateRestrictedDataTokenRequest }, T.CreateRestrictedDataTokenResponse>(caller, TOKENS, 'createRestrictedDataToken'),
  };
}

export type SellersTokensApi = ReturnType<typeof sellersAndTokens>;
