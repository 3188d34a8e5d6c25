import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../../../shared/ipc/inbound';
import { addToDraft, draftToItems, missingExpiration } from './plan-draft';

const item = (msku: string, requiresExpiration = false): CatalogueItem => ({
  msku, fnsku: `X00${msku}`, asin: null, upc: null, ean: null, title: msku, weightG: 100, dimensionsMm: null,
  prepOwner: 'SELLER', labelOwner: 'NONE', requiresExpiration, hazmat: false,
});

describe('new plan draft', () => {
  it('adds scans of the same SKU and expiration to one line, and keeps other expirations apart', () => {
    let draft = addToDraft([], item('A'), 1);
    draft = addToDraft(draft, item('A'), 2);
    draft = addToDraft(draft, item('B', true), 1, { expiration: '2027-01-31' });
    draft = addToDraft(draft, item('B', true), 1, { expiration: '2027-02-28' });
    expect(draft.map((d) => [d.item.msku, d.quantity, d.expiration])).toEqual([
      ['A', 3, ''],
      ['B', 1, '2027-01-31'],
      ['B', 1, '2027-02-28'],
    ]);
  });

  it("takes prep and label owners from the catalogue unless the sheet names them, and caps a line at Amazon's 10000", () => {
    const draft = addToDraft(addToDraft([], item('A'), 9_999, { labelOwner: 'AMAZON' }), item('A'), 5);
    expect(draft).toHaveLength(1);
    expect(draft[0]).toMatchObject({ quantity: 10_000, prepOwner: 'SELLER', labelOwner: 'AMAZON' });
  });

  it('sends no expiration field for lines without one, and finds lines whose catalogue needs one', () => {
    const draft = addToDraft(addToDraft([], item('A'), 1), item('B', true), 2);
    expect(draftToItems(draft)).toEqual([
      { msku: 'A', quantity: 1, prepOwner: 'SELLER', labelOwner: 'NONE' },
      { msku: 'B', quantity: 2, prepOwner: 'SELLER', labelOwner: 'NONE' },
    ]);
    expect(missingExpiration(draft).map((d) => d.item.msku)).toEqual(['B']);
  });
});
