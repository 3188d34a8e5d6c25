import { describe, expect, it } from 'vitest';
import { loadOpened } from './opened-item';

interface Item {
  id: string;
  name: string;
}

/** A view the test moves between items, a station that names every item it is asked for, and what loadOpened did. */
function screen(opened: string | undefined) {
  const view = { opened };
  const asked: string[] = [];
  const kept: Item[] = [];
  const failures: string[] = [];
  const load = (fetch = (id: string) => Promise.resolve({ id, name: `Item ${id}` })) =>
    loadOpened(
      () => view.opened,
      (id) => {
        asked.push(id);
        return fetch(id);
      },
      (item) => kept.push(item),
      (message) => failures.push(message),
    );
  return { view, asked, kept, failures, load };
}

describe('loadOpened', () => {
  it('keeps the item the view still opens', async () => {
    const s = screen('p1');
    await s.load();
    expect(s.asked).toEqual(['p1']);
    expect(s.kept).toEqual([{ id: 'p1', name: 'Item p1' }]);
    expect(s.failures).toEqual([]);
  });

  it('drops the answer when the view moved to another item meanwhile', async () => {
    const s = screen('p1');
    await s.load((id) => {
      s.view.opened = 'p2';
      return Promise.resolve({ id, name: 'Plan one' });
    });
    expect(s.asked).toEqual(['p1']);
    expect(s.kept).toEqual([]);
  });

  it('asks nothing while the view opens no item', async () => {
    const s = screen(undefined);
    await s.load();
    expect(s.asked).toEqual([]);
    expect(s.kept).toEqual([]);
  });

  it('reports why the item could not load', async () => {
    const s = screen('o9');
    await s.load(() => Promise.reject(new Error('Order o9 is not on this station')));
    expect(s.failures).toEqual(['Order o9 is not on this station']);
    expect(s.kept).toEqual([]);
  });
});
