import type { Catalogue } from '../catalogue';
import type { DocumentStore } from '../documents';
import type { IdFactory } from '../ids';
import type { AsyncOperations } from './async-operations';
import type { InboundStore } from './inbound-store';

export interface InboundContext {
  store: InboundStore;
  operations: AsyncOperations;
  ids: IdFactory;
  catalogue: Catalogue;
  documents: DocumentStore;
}

export const INBOUND_API = 'fulfillmentInbound_2024-03-20';
