import type { Box, PlanDetail } from '../../shared/ipc/inbound';

export const CHINESE_TITLE = '不锈钢打蛋器（两件装）';

const box = (n: number, over: Partial<Box>): Box => ({
  id: `box-${n}`,
  number: n,
  packingGroupId: 'pg-1',
  shipmentId: null,
  status: 'closed',
  weight: { value: 10 + n, unit: 'LB' },
  dimensions: { length: 16, width: 12, height: 10 + n, unit: 'IN' },
  contentSource: 'BOX_CONTENT_PROVIDED',
  amazonBoxId: null,
  trackingId: null,
  lines: [],
  ...over,
});

/**
 * A confirmed US plan with one shipment of three boxes (one of them not yet given an Amazon box id, one in kilograms
 * and centimetres) and a packing group of the same boxes: three SKUs, one with a Chinese title, one with two expiration dates.
 */
export function exportPlan(): PlanDetail {
  const boxes: Box[] = [
    box(1, { shipmentId: 'FBA15PBX0001', amazonBoxId: 'FBA15PBX0001U000001', lines: [{ msku: 'KIT-WHISK-0001', quantity: 6, expiration: null }, { msku: 'SUP-VITD3-0005', quantity: 4, expiration: '2027-06-30' }] }),
    box(2, { shipmentId: 'FBA15PBX0001', amazonBoxId: 'FBA15PBX0001U000002', weight: { value: 5, unit: 'KG' }, dimensions: { length: 40, width: 30, height: 20, unit: 'CM' }, lines: [{ msku: 'TOY-BLOCKS-0100', quantity: 3, expiration: null }, { msku: 'SUP-VITD3-0005', quantity: 2, expiration: '2027-09-30' }] }),
    box(3, { shipmentId: 'FBA15PBX0001', amazonBoxId: null, contentSource: 'BARCODE_2D', lines: [{ msku: 'KIT-WHISK-0001', quantity: 2, expiration: null }] }),
  ];
  return {
    id: 'plan-local-1',
    accountId: 'acct-1',
    marketplaceId: 'ATVPDKIKX0DER',
    name: 'Spring restock',
    flow: 'pack_first',
    step: 'labels',
    amazonPlanId: 'wf1234abcd-5678',
    skuCount: 3,
    unitCount: 17,
    packedUnits: 17,
    boxCount: 3,
    shipmentIds: ['FBA15PBX0001'],
    confirmationIds: ['FBA15PBX0001'],
    sync: { pending: 0, failed: 0, lastError: null },
    updatedAt: 0,
    shipFrom: {
      id: 'sf-1',
      accountId: 'acct-1',
      label: 'Warehouse',
      address: { name: 'Packing room', companyName: 'Example Trading', addressLine1: '1 Dock Road', city: 'Reno', stateOrProvinceCode: 'NV', postalCode: '89501', countryCode: 'US', phoneNumber: '5550100' },
    },
    items: [
      { msku: 'KIT-WHISK-0001', fnsku: 'X00WHISK01', title: CHINESE_TITLE, quantity: 8, prepOwner: 'SELLER', labelOwner: 'SELLER' },
      { msku: 'SUP-VITD3-0005', fnsku: 'X00VITD305', title: 'Vitamin D3 softgels, 120 count', quantity: 6, prepOwner: 'NONE', labelOwner: 'AMAZON' },
      { msku: 'TOY-BLOCKS-0100', fnsku: 'X00BLOCK10', title: 'Wooden building blocks', quantity: 3, prepOwner: 'AMAZON', labelOwner: 'SELLER' },
    ],
    packingOptionId: 'po-1',
    placementOptionId: 'pl-1',
    packingOptions: [],
    packingGroups: [
      {
        packingGroupId: 'pg-1',
        items: [
          { msku: 'KIT-WHISK-0001', quantity: 8, expiration: null },
          { msku: 'SUP-VITD3-0005', quantity: 4, expiration: '2027-06-30' },
          { msku: 'SUP-VITD3-0005', quantity: 2, expiration: '2027-09-30' },
          { msku: 'TOY-BLOCKS-0100', quantity: 3, expiration: null },
        ],
      },
    ],
    placementOptions: [],
    shipments: [
      {
        shipmentId: 'FBA15PBX0001',
        placementOptionId: 'pl-1',
        confirmationId: 'FBA15PBX0001',
        status: 'WORKING',
        transportationOptionId: null,
        deliveryWindowOptionId: null,
        raw: { destination: { warehouseId: 'RNO4', destinationType: 'AMAZON_OPTIMIZED' } },
      },
    ],
    transportationOptions: [],
    deliveryWindows: [],
    boxes,
    problems: [],
  };
}
