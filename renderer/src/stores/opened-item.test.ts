import { describe, expect, it } from 'vitest';
import { loadOpened } from './opened-item';

interface Item {
  id: string;
  name: string;
}

/** A view the test moves between items, and a record of what loadOpened kept or reported. */
function screen(opened: string | undefined) {
  const view = { opened };
  const kept: Item[] = [];
  const failures: string[] = [];
  return { view, kept, failures, keep: (item: Item) => kept.push(item), fail: (message: string) => failures.push(message) };
}

describe('loadOpened', () => {
  it('keeps the item the view still opens', async () => {
    const s = screen('p1');
    const asked: string[] = [];
    await loadOpened(
      () => s.view.opened,
      (id) => {
        asked.push(id);
        return Promise.resolve({ id, name: 'Plan one' });
      },
      s.keep,
      s.fail,
    );
    expect(asked).toEqual(['p1']);
    expect(s.kept).toEqual([{ id: 'p1', name: 'Plan one' }]);
    expect(s.failures).toEqual([]);
  });

  it('drops the answer when the view moved to another item meanwhile', async () => {
    const s = screen('p1');
    await loadOpened(
      () => s.view.opened,
      (id) => {
        s.view.opened = 'p2';
        return Promise.resolve({ id, name: 'Plan one' });
      },
      s.keep,
      s.fail,
    );
    expect(s.kept).toEqual([]);
  });

  it('asks nothing while the view opens no item', async () => {
    const s = screen(undefined);
    const asked: string[] = [];
    await loadOpened(
      () => s.view.opened,
      (id) => {
        asked.push(id);
        return Promise.resolve({ id, name: '' });
      },
      s.keep,
      s.fail,
    );
    expect(asked).toEqual([]);
    expect(s.kept).toEqual([]);
  });

  it('reports why the item could not load', async () => {
    const s = screen('o9');
    await loadOpened(() => s.view.opened, () => Promise.reject(new Error('Order o9 is not on this station')), s.keep, s.fail);
    expect(s.failures).toEqual(['Order o9 is not on this station']);
    expect(s.kept).toEqual([]);
  });
});
