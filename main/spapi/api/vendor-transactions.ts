import type * as DfV1 from '@sp-api-sdk/vendor-direct-fulfillment-transactions-api-v1';
import type * as Df2021 from '@sp-api-sdk/vendor-direct-fulfillment-transactions-api-2021-12-28';
import type { GetTransactionResponse } from '../types/vendor-shipments';
import type { SpApiCaller } from '../client-types';
import { bind } from './bind';

export const DF_TRANSACTIONS_V1 = 'vendorDirectFulfillmentTransactionsV1';
export const DF_TRANSACTIONS_2021 = 'vendorDirectFulfillmentTransactions_2021-12-28';
export const VENDOR_TRANSACTION_STATUS = 'vendorTransactionStatus';

type Tx = { transactionId: string };

/** Status of asynchronous Vendor submissions: DF (v1 and 2021-12-28) and retail (Vendor Transaction Status). */
export function vendorTransactions(caller: SpApiCaller) {
  return {
    getDfTransactionStatusV1: bind<Tx, DfV1.GetTransactionResponse>(caller, DF_TRANSACTIONS_V1, 'getTransactionStatus'),
    getDfTransactionStatus: bind<Tx, Df2021.TransactionStatus>(caller, DF_TRANSACTIONS_2021, 'getTransactionStatus'),
    getTransaction: bind<Tx, GetTransactionResponse>(caller, VENDOR_TRANSACTION_STATUS, 'getTransaction'),
  };
}

export type VendorTransactionsApi = ReturnType<typeof vendorTransactions>;
