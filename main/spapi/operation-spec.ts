export type ParamLocation = 'path' | 'query' | 'header' | 'body' | 'formData';

export interface OperationSpec {
  /** The model file's base name, e.g. `fulfillmentInbound_2024-03-20`. */
  api: string;
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path template with `{name}` placeholders. */
  path: string;
  params: {
    name: string;
    in: ParamLocation | string;
    required: boolean;
    /** Array parameters only: how the values are put in the query string (Swagger 2.0 `collectionFormat`). */
    collectionFormat?: 'csv' | 'ssv' | 'tsv' | 'pipes' | 'multi';
  }[];
  /** Amazon's default requests per second, null where the model gives none. */
  rate: number | null;
  burst: number | null;
}
