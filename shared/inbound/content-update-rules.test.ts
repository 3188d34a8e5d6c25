import { describe, expect, it } from 'vitest';
import { allowedQuantityChange, contentUpdateProblems, type ContentUpdateCheck } from './content-update-rules';

const check = (over: Partial<ContentUpdateCheck>): ContentUpdateCheck => ({
  shipmentLabel: 'FBA15ABC',
  status: 'WORKING',
  before: new Map([['SKU-A', 200]]),
  after: new Map([['SKU-A', 200]]),
  boxesAdded: 0,
  emptyBoxes: [],
  changed: true,
  ...over,
});

describe('content update rules', () => {
  it('allows 6 units up to 139 units and 5 % (rounded down) above', () => {
    expect([1, 12, 119, 139, 140, 200, 1000].map(allowedQuantityChange)).toEqual([6, 6, 6, 6, 7, 10, 50]);
  });

  it('accepts a change at the limit and refuses one unit more, naming the SKU and the numbers', () => {
    expect(contentUpdateProblems(check({ after: new Map([['SKU-A', 210]]) }))).toEqual([]);
    const [problem] = contentUpdateProblems(check({ after: new Map([['SKU-A', 189]]) }));
    expect(problem).toMatchObject({ code: 'QUANTITY_CHANGE_TOO_LARGE', msku: 'SKU-A', from: 200, to: 189, allowed: 10 });
  });

  it('refuses removing a SKU with more units than may change, and adding a SKU the shipment does not hold', () => {
    const problems = contentUpdateProblems(check({ before: new Map([['SKU-A', 200], ['SKU-B', 5]]), after: new Map([['SKU-C', 2]]) }));
    expect(problems.map((p) => p.code).sort()).toEqual(['NEW_MSKU', 'QUANTITY_CHANGE_TOO_LARGE']);
    // SKU-B's 5 units are within 6, so it may go.
    expect(problems.find((p) => p.code === 'QUANTITY_CHANGE_TOO_LARGE')).toMatchObject({ msku: 'SKU-A', to: 0 });
  });

  it('adds boxes only while WORKING, and refuses every change once the shipment has left', () => {
    expect(contentUpdateProblems(check({ status: 'READY_TO_SHIP', boxesAdded: 1 })).map((p) => p.code)).toEqual(['BOX_ADDED_NOT_WORKING']);
    expect(contentUpdateProblems(check({ status: 'READY_TO_SHIP' }))).toEqual([]);
    expect(contentUpdateProblems(check({ status: 'SHIPPED' })).map((p) => p.code)).toEqual(['SHIPMENT_CLOSED']);
  });

  it('asks for a change and for units in declared boxes', () => {
    expect(contentUpdateProblems(check({ changed: false, emptyBoxes: [3] })).map((p) => p.code)).toEqual(['NO_CHANGE', 'EMPTY_BOX']);
  });
});
