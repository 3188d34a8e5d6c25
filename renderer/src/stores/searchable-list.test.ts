import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { searchableList, type SearchableList, type SearchableListOptions } from './searchable-list';

interface Row {
  id: string;
}
interface State extends SearchableList<Row> {
  filter: string;
}

/** A station stand-in whose replies the test releases one by one, in any order. */
function fakeStation() {
  const asked: { query: string; filter: string; answer(rows: Row[]): void; fail(error: unknown): void }[] = [];
  const fetch = ({ query, filter }: State) =>
    new Promise<Row[]>((resolve, reject) => asked.push({ query, filter, answer: resolve, fail: reject }));
  return { asked, fetch };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function storeWith(station: ReturnType<typeof fakeStation>, options: Omit<SearchableListOptions<Row, State>, 'fetch'> = {}) {
  return createStore<State>()((set, get) => ({ filter: 'open', ...searchableList<Row, State>(set, get, { fetch: station.fetch, ...options }) }));
}

describe('searchableList', () => {
  it('starts empty and not yet loaded', () => {
    const store = storeWith(fakeStation());
    expect(store.getState()).toMatchObject({ query: '', items: [], listLoaded: false, listError: null });
  });

  it('asks with the trimmed search and resolves to what the station found', async () => {
    const station = fakeStation();
    const store = storeWith(station);
    const found = store.getState().search('  PO-7 ');
    expect(store.getState().query).toBe('PO-7');
    await flush();
    expect(station.asked.map((a) => a.query)).toEqual(['PO-7']);
    station.asked[0]!.answer([{ id: 'a' }]);
    expect(await found).toEqual([{ id: 'a' }]);
    expect(store.getState()).toMatchObject({ items: [{ id: 'a' }], listLoaded: true, listError: null });
  });

  it('keeps the newer search when the older one answers last', async () => {
    const station = fakeStation();
    const store = storeWith(station);
    const older = store.getState().search('old');
    const newer = store.getState().search('new');
    await flush();
    station.asked[1]!.answer([{ id: 'new' }]);
    await newer;
    station.asked[0]!.answer([{ id: 'old' }]);
    await older;
    expect(store.getState().items).toEqual([{ id: 'new' }]);
    expect(store.getState().query).toBe('new');
  });

  it('drops a reply for another filter when the store says the filter is part of the request', async () => {
    const station = fakeStation();
    const store = storeWith(station, { sameRequest: (sent, now) => sent.query === now.query && sent.filter === now.filter });
    const before = store.getState().loadList();
    store.setState({ filter: 'shipped' });
    const after = store.getState().loadList();
    await flush();
    station.asked[1]!.answer([{ id: 'shipped' }]);
    await after;
    station.asked[0]!.answer([{ id: 'open' }]);
    await before;
    expect(station.asked.map((a) => a.filter)).toEqual(['open', 'shipped']);
    expect(store.getState().items).toEqual([{ id: 'shipped' }]);
  });

  it('says why the list failed, counts as loaded, and clears the error on the next answer', async () => {
    const station = fakeStation();
    const store = storeWith(station);
    const failed = store.getState().loadList();
    await flush();
    station.asked[0]!.fail(new Error('station busy'));
    await failed;
    expect(store.getState()).toMatchObject({ listError: 'station busy', listLoaded: true, items: [] });
    const again = store.getState().loadList();
    await flush();
    station.asked[1]!.answer([{ id: 'b' }]);
    await again;
    expect(store.getState()).toMatchObject({ listError: null, items: [{ id: 'b' }] });
  });

  it('forgets the search so the next load asks for the whole list', async () => {
    const station = fakeStation();
    const store = storeWith(station);
    const found = store.getState().search('x');
    await flush();
    station.asked[0]!.answer([{ id: 'x' }]);
    await found;
    store.getState().forgetSearch();
    const all = store.getState().loadList();
    await flush();
    station.asked[1]!.answer([]);
    await all;
    expect(station.asked.map((a) => a.query)).toEqual(['x', '']);
  });

  it('tries what else a code stands for only when its search found nothing', async () => {
    const station = fakeStation();
    const tried: string[] = [];
    const store = storeWith(station, {
      orElse: (query) => {
        tried.push(query);
        return Promise.resolve(query === 'UPC-1' ? [{ id: 'by-sku' }] : null);
      },
    });
    const direct = store.getState().search('PO-1');
    await flush();
    station.asked[0]!.answer([{ id: 'po' }]);
    expect(await direct).toEqual([{ id: 'po' }]);

    const barcode = store.getState().search(' UPC-1 ');
    await flush();
    station.asked[1]!.answer([]);
    expect(await barcode).toEqual([{ id: 'by-sku' }]);

    const unknown = store.getState().search('nothing');
    await flush();
    station.asked[2]!.answer([]);
    expect(await unknown).toEqual([]);
    expect(tried).toEqual(['UPC-1', 'nothing']);
  });

  it('drops what else a code stood for once another search has started', async () => {
    const station = fakeStation();
    let release: (rows: Row[]) => void = () => undefined;
    const store = storeWith(station, { orElse: () => new Promise<Row[]>((resolve) => (release = resolve)) });
    const older = store.getState().search('UPC-1');
    await flush();
    station.asked[0]!.answer([]);
    await flush();
    const newer = store.getState().search('PO-2');
    await flush();
    station.asked[1]!.answer([{ id: 'po-2' }]);
    await newer;
    release([{ id: 'by-sku' }]);
    await older;
    expect(store.getState().items).toEqual([{ id: 'po-2' }]);
  });
});
