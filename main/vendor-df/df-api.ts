import type { Db } from '../db/database';
import type { SpApiCaller } from '../spapi/client-types';
import type { SpApiRequest } from '../spapi/request-builder';
import { pages } from '../spapi/pagination';
import { DfApiVersion } from '../../shared/ipc/vendor-df';

type DfApiArea = 'orders' | 'shipping' | 'transactions';

const API_NAMES: Record<DfApiVersion, Record<DfApiArea, string>> = {
  '2021-12-28': {
    orders: 'vendorDirectFulfillmentOrders_2021-12-28',
    shipping: 'vendorDirectFulfillmentShipping_2021-12-28',
    transactions: 'vendorDirectFulfillmentTransactions_2021-12-28',
  },
  v1: {
    orders: 'vendorDirectFulfillmentOrdersV1',
    shipping: 'vendorDirectFulfillmentShippingV1',
    transactions: 'vendorDirectFulfillmentTransactionsV1',
  },
};

export const DEFAULT_DF_API_VERSION: DfApiVersion = '2021-12-28';
const settingKey = (accountId: string) => `df.apiVersion.${accountId}`;

/** Which DF API version each vendor account speaks, kept in the station's settings; 2021-12-28 unless chosen. */
export class DfApiSettings {
  constructor(private readonly db: Db) {}

  get(accountId: string): DfApiVersion {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(settingKey(accountId)) as { value: string } | undefined;
    const parsed = row ? DfApiVersion.safeParse(JSON.parse(row.value)) : null;
    return parsed?.success ? parsed.data : DEFAULT_DF_API_VERSION;
  }

  set(accountId: string, version: DfApiVersion): DfApiVersion {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(settingKey(accountId), JSON.stringify(version));
    return version;
  }
}

/**
 * DF calls of one account in its API version. Callers see the 2021-12-28 shapes: v1 wraps every result in `payload`,
 * spells container types in lower case and lists transaction errors plainly; this is the one place that knows.
 */
export class DfAmazon {
  constructor(
    readonly caller: SpApiCaller,
    readonly version: DfApiVersion,
  ) {}

  api(area: DfApiArea): string {
    return API_NAMES[this.version][area];
  }

  async call<T>(area: DfApiArea, operationId: string, request: SpApiRequest = {}): Promise<T> {
    const { body } = await this.caller.call<unknown>(this.api(area), operationId, request);
    return this.unwrap<T>(body);
  }

  async *pages<T>(area: DfApiArea, operationId: string, request: SpApiRequest): AsyncGenerator<T> {
    for await (const page of pages<unknown>(this.caller, this.api(area), operationId, request)) yield this.unwrap<T>(page);
  }

  containerType(): 'Carton' | 'carton' {
    return this.version === 'v1' ? 'carton' : 'Carton';
  }

  private unwrap<T>(body: unknown): T {
    if (this.version !== 'v1') return body as T;
    return (body && typeof body === 'object' && 'payload' in body ? (body as { payload: unknown }).payload : {}) as T;
  }
}

