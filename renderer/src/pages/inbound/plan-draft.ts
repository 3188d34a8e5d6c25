import type { CatalogueItem, PlanItemInput } from '../../../../shared/ipc/inbound';

export type Owner = PlanItemInput['prepOwner'];

export interface DraftItem {
  item: CatalogueItem;
  quantity: number;
  prepOwner: Owner;
  labelOwner: Owner;
  /** YYYY-MM-DD, or '' when none is given. */
  expiration: string;
}

const key = (d: Pick<DraftItem, 'expiration'> & { msku: string }) => `${d.msku}|${d.expiration}`;

/** Adds units to the draft: the same SKU with the same expiration is one line whose quantity grows. */
export function addToDraft(
  draft: DraftItem[],
  item: CatalogueItem,
  quantity: number,
  extra: { prepOwner?: Owner; labelOwner?: Owner; expiration?: string } = {},
): DraftItem[] {
  const expiration = extra.expiration ?? '';
  const at = draft.findIndex((d) => key({ msku: d.item.msku, expiration: d.expiration }) === key({ msku: item.msku, expiration }));
  if (at >= 0) return draft.map((d, i) => (i === at ? { ...d, quantity: Math.min(10_000, d.quantity + quantity) } : d));
  return [...draft, { item, quantity, prepOwner: extra.prepOwner ?? item.prepOwner, labelOwner: extra.labelOwner ?? item.labelOwner, expiration }];
}

/** The draft lines as the station takes them. */
export function draftToItems(draft: DraftItem[]): PlanItemInput[] {
  return draft.map((d) => ({
    msku: d.item.msku,
    quantity: d.quantity,
    prepOwner: d.prepOwner,
    labelOwner: d.labelOwner,
    ...(d.expiration ? { expiration: d.expiration } : {}),
  }));
}

/** Lines the station would refuse because the catalogue needs an expiration date the draft does not have. */
export function missingExpiration(draft: DraftItem[]): DraftItem[] {
  return draft.filter((d) => d.item.requiresExpiration && !d.expiration);
}
