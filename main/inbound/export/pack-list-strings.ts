import type { Language } from '../../../shared/ipc/settings';
import type { Box } from '../../../shared/ipc/inbound';

type ContentSource = Box['contentSource'];

export interface PackListStrings {
  title: string;
  plan: string;
  shipment: string;
  confirmation: string;
  destination: string;
  packingGroup: string;
  shipFrom: string;
  printed: string;
  boxOf: (n: number, total: number) => string;
  stationBox: (n: number) => string;
  weight: string;
  dimensions: string;
  contentSource: string;
  units: string;
  notWeighed: string;
  columns: { msku: string; fnsku: string; title: string; quantity: string; expiration: string };
  totals: string;
  totalsLine: (t: { boxes: number; units: number; skus: number; weight: string }) => string;
  page: (n: number, total: number) => string;
  continued: string;
  empty: string;
  sources: Record<ContentSource, string>;
}

/** The pack list's own words, in the packer's language; Amazon's ids, SKUs and titles print as they are. */
export const PACK_LIST_STRINGS: Record<Language, PackListStrings> = {
  en: {
    title: 'Pack list',
    plan: 'Plan',
    shipment: 'Shipment',
    confirmation: 'Confirmation ID',
    destination: 'Destination FC',
    packingGroup: 'Packing group',
    shipFrom: 'Ship from',
    printed: 'Printed',
    boxOf: (n, total) => `box ${n} of ${total}`,
    stationBox: (n) => `Box ${n}`,
    weight: 'Weight',
    dimensions: 'Dimensions (L × W × H)',
    contentSource: 'Box contents',
    units: 'Units',
    notWeighed: 'not closed yet',
    columns: { msku: 'MSKU', fnsku: 'FNSKU', title: 'Title', quantity: 'Qty', expiration: 'Expiration' },
    totals: 'Totals',
    totalsLine: (t) => `${t.boxes} boxes · ${t.units} units · ${t.skus} SKUs · ${t.weight}`,
    page: (n, total) => `Page ${n} of ${total}`,
    continued: '(continued)',
    empty: 'Empty box',
    sources: { BOX_CONTENT_PROVIDED: 'provided', BARCODE_2D: '2D barcode', MANUAL_PROCESS: 'manual processing' },
  },
  'zh-CN': {
    title: '装箱单',
    plan: '计划',
    shipment: '货件',
    confirmation: '货件确认编号',
    destination: '目的运营中心',
    packingGroup: '包装组',
    shipFrom: '发货地址',
    printed: '打印时间',
    boxOf: (n, total) => `第 ${n} 箱，共 ${total} 箱`,
    stationBox: (n) => `${n} 号箱`,
    weight: '重量',
    dimensions: '尺寸（长 × 宽 × 高）',
    contentSource: '箱内物品信息',
    units: '件数',
    notWeighed: '尚未封箱',
    columns: { msku: 'MSKU', fnsku: 'FNSKU', title: '商品名称', quantity: '数量', expiration: '有效期' },
    totals: '合计',
    totalsLine: (t) => `${t.boxes} 箱 · ${t.units} 件 · ${t.skus} 个 SKU · ${t.weight}`,
    page: (n, total) => `第 ${n} 页，共 ${total} 页`,
    continued: '（续）',
    empty: '空箱',
    sources: { BOX_CONTENT_PROVIDED: '已提供', BARCODE_2D: '二维条码', MANUAL_PROCESS: '人工处理' },
  },
};
