import ExcelJS from 'exceljs';
import type { BoxContents } from './box-contents';
import { contentRows, CONTENT_COLUMNS } from './contents-csv';

/** Seller Central's pack list headings, kept in English so the file goes back into Send to Amazon as it is. */
export const ITEM_HEADINGS = [
  'SKU',
  'Product title',
  'ID',
  'ASIN',
  'FNSKU',
  'Condition',
  'Prep type',
  'Who preps units?',
  'Who labels units?',
  'Expected quantity',
  'Boxed quantity',
] as const;
export const EXPIRATION_HEADING = 'Expiration date (YYYY-MM-DD)';
export const boxHeading = (n: number) => `Box ${n} quantity`;
/** Row labels of the box details block under the items, as in Send to Amazon's pack list. */
export const boxDetailLabels = (units: BoxContents['units']) => ({
  name: 'Name of box',
  weight: `Box weight (${units.weight.toLowerCase()}):`,
  width: `Box width (${units.dimension.toLowerCase()}):`,
  length: `Box length (${units.dimension.toLowerCase()}):`,
  height: `Box height (${units.dimension.toLowerCase()}):`,
});
/** The items table starts on this row; the rows above say which plan, shipment and totals the sheet is for. */
export const HEADER_ROW = 5;

const OWNER: Record<string, string> = { SELLER: 'Seller', AMAZON: 'Amazon', NONE: 'None' };

/**
 * The box contents as an .xlsx workbook: a "Pack list" sheet laid out like Send to Amazon's pack list (one row per SKU,
 * one quantity column per box, box names, weights and dimensions in rows under the items), and a "Box contents" sheet
 * with the same plain table as the CSV.
 */
export async function boxContentsXlsx(contents: BoxContents): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Packbench';
  const sheet = workbook.addWorksheet('Pack list');
  const withExpiration = contents.items.some((i) => i.expiration);
  const firstBoxColumn = ITEM_HEADINGS.length + (withExpiration ? 1 : 0) + 1;

  sheet.getRow(1).values = ['Plan name:', contents.plan.name, '', 'Plan ID:', contents.plan.amazonPlanId ?? contents.plan.id];
  sheet.getRow(2).values = contents.shipmentId
    ? ['Shipment ID:', contents.shipmentId, '', 'Shipment confirmation ID:', contents.confirmationId ?? '', '', 'Destination FC:', contents.destinationFc ?? '']
    : ['Pack group:', contents.packingGroupId ?? ''];
  sheet.getRow(3).values = [`Total SKUs: ${contents.totals.skus}`, `Total units: ${contents.totals.units}`, '', 'Total box count:', contents.totals.boxes];
  const from = contents.shipFrom;
  sheet.getRow(4).values = ['Ship from:', [from.name, from.companyName, from.addressLine1, from.addressLine2, from.city, from.stateOrProvinceCode, from.postalCode, from.countryCode].filter(Boolean).join(', ')];

  const header = sheet.getRow(HEADER_ROW);
  header.values = [...ITEM_HEADINGS, ...(withExpiration ? [EXPIRATION_HEADING] : []), ...contents.boxes.map((_, i) => boxHeading(i + 1))];
  header.font = { bold: true };

  contents.items.forEach((item, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = [
      item.msku,
      item.title,
      '',
      item.asin ?? '',
      item.fnsku ?? '',
      'New',
      '',
      OWNER[item.prepOwner] ?? item.prepOwner,
      OWNER[item.labelOwner] ?? item.labelOwner,
      item.expected,
      item.boxed,
      ...(withExpiration ? [item.expiration ?? ''] : []),
    ];
    // Only the boxes that hold the row get a cell: a plan of 500 SKUs in 300 boxes is mostly empty cells.
    item.perBox.forEach((n, box) => {
      if (n > 0) row.getCell(firstBoxColumn + box).value = n;
    });
  });

  const labels = boxDetailLabels(contents.units);
  let r = HEADER_ROW + contents.items.length + 2;
  const detail = (label: string, values: (string | number | null)[]) => {
    const row = sheet.getRow(r++);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    values.forEach((v, i) => (row.getCell(firstBoxColumn + i).value = v));
  };
  detail(labels.name, contents.boxes.map((b) => b.label));
  detail(labels.weight, contents.boxes.map((b) => b.weight));
  detail(labels.width, contents.boxes.map((b) => b.dimensions?.width ?? null));
  detail(labels.length, contents.boxes.map((b) => b.dimensions?.length ?? null));
  detail(labels.height, contents.boxes.map((b) => b.dimensions?.height ?? null));

  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 40;
  for (let c = 3; c < firstBoxColumn + contents.boxes.length; c++) sheet.getColumn(c).width = c >= firstBoxColumn ? 20 : 14;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }];

  const table = workbook.addWorksheet('Box contents');
  table.addRow([...CONTENT_COLUMNS]).font = { bold: true };
  for (const row of contentRows(contents)) table.addRow(row);
  table.columns.forEach((column) => (column.width = 16));

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
