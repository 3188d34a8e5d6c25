import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SearchableList } from '../stores/searchable-list';
import { registerScanHandler } from '../scan/scan-router';
import { useScanField } from '../pages/vendor-df/use-scan-field';

/** The item a search opens by itself: a search for something that finds exactly one. Showing all opens nothing. */
export function onlyMatch<T>(value: string, found: readonly T[]): T | undefined {
  return value.trim() && found.length === 1 ? found[0] : undefined;
}

/** What a list screen searched for, as its "no match" line names it; null once it shows everything. */
export const searchedFor = (value: string): string | null => value.trim() || null;

/** The screens with a searchable list; each is also the top-level key of its strings (`df.search`, `mcf.noMatch`). */
export type ListScreen = 'inbound' | 'df' | 'retail' | 'mcf';

/** How one screen's search box looks and behaves where the screens differ. */
export interface ListSearchLook {
  /** The input's name, by which e2e page objects find it. */
  name: string;
  formClassName: string;
  emptyTestId: string;
  /** The string key (under the screen's own) for a list with nothing in it at all. */
  none: string;
  /** A "Show all" button drops the search while one narrows the list. */
  showAll: boolean;
  /**
   * The field is a data-scan-field: the scanner types into it like a person and Enter submits, so a scan the screen
   * receives has no typed head to join. Otherwise keys typed an instant before a scan are that scan's head.
   */
  scanField: boolean;
  /** The search stays after it opened its one item, so coming back lists what was searched for. */
  keepSearch: boolean;
  spellCheck?: false;
}

export const LIST_SEARCH_LOOKS: Record<ListScreen, ListSearchLook> = {
  inbound: { name: 'plan-search', formClassName: 'search-form', emptyTestId: 'plans-empty', none: 'noPlans', showAll: true, scanField: true, keepSearch: true },
  df: { name: 'df-search', formClassName: 'df-search', emptyTestId: 'df-empty', none: 'noOrders', showAll: true, scanField: false, keepSearch: false, spellCheck: false },
  retail: { name: 'retail-search', formClassName: 'df-search', emptyTestId: 'retail-empty', none: 'noShipments', showAll: false, scanField: false, keepSearch: false, spellCheck: false },
  mcf: { name: 'mcf-search', formClassName: 'df-search', emptyTestId: 'mcf-empty', none: 'noOrders', showAll: false, scanField: false, keepSearch: false, spellCheck: false },
};

export type ListSearch<T> = ReturnType<typeof useListSearch<T>>;

/**
 * A list screen's search box, which also takes scans: the list loads and the box takes focus when the screen opens,
 * a scan or Enter searches, and a search that finds exactly one item opens it.
 */
export function useListSearch<T>(screen: ListScreen, list: SearchableList<T>, open: (item: T) => void) {
  const look = LIST_SEARCH_LOOKS[screen];
  const { scanField } = look;
  const { query, search, loadList, forgetSearch } = list;
  const field = useScanField(query);
  const { join, set } = field;
  const [searched, setSearched] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadList();
    inputRef.current?.focus();
  }, [loadList]);

  const find = async (value: string) => {
    const found = await search(value);
    setSearched(searchedFor(value));
    const item = onlyMatch(value, found);
    if (item === undefined) return;
    if (!look.keepSearch) forgetSearch();
    open(item);
  };
  // Scans reach the newest find (and so the newest `open`) without registering the handler again on every render.
  const findRef = useRef(find);
  findRef.current = find;
  useEffect(
    () =>
      registerScanHandler((scanned) => {
        const code = scanField ? scanned : join(scanned);
        set(code);
        void findRef.current(code);
      }),
    [join, set, scanField],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void find(field.value);
  };
  const showAll = () => {
    set('');
    setSearched(null);
    void search('');
    inputRef.current?.focus();
  };

  return { screen, look, list, field, searched, inputRef, submit, showAll };
}
