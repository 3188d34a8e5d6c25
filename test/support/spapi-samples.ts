import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');
export const spapiModelsDir = process.env.SPAPI_MODELS_DIR ?? resolve(repoRoot, '../shared/spapi-models');
const dfShippingModel = resolve(spapiModelsDir, 'vendorDirectFulfillmentShippingV1.json');

export const dfSamplesAvailable = existsSync(dfShippingModel);

interface ExamplePayloads {
  paths: Record<string, { get: { responses: Record<string, { examples?: Record<string, { payload: unknown }> }> } }>;
}

function example(path: string): unknown {
  const model = JSON.parse(readFileSync(dfShippingModel, 'utf8')) as ExamplePayloads;
  const payload = model.paths[path]?.get.responses['200']?.examples?.['application/json']?.payload;
  if (!payload) throw new Error(`No 200 example for ${path} in ${dfShippingModel}`);
  return payload;
}

/** Amazon's sample Vendor DF shipping label (PNG), read from the official model at run time. */
export function dfSampleLabelPng(): Buffer {
  const payload = example('/vendor/directFulfillment/shipping/v1/shippingLabels/{purchaseOrderNumber}') as {
    labelFormat: string;
    labelData: { content: string }[];
  };
  return Buffer.from(payload.labelData[0]!.content, 'base64');
}

/** Amazon's sample Vendor DF packing slip (PDF), read from the official model at run time. */
export function dfSamplePackingSlipPdf(): Buffer {
  const payload = example('/vendor/directFulfillment/shipping/v1/packingSlips/{purchaseOrderNumber}') as { content: string };
  return Buffer.from(payload.content, 'base64');
}
