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

export interface ListSearchOptions<T> {
  list: SearchableList<T>;
  /** Opens an item: the one a search found. */
  open(item: T): void;
  /**
   * The field is a data-scan-field: the scanner types into it like a person and Enter submits, so a scan the screen
   * receives has no typed head to join. Otherwise keys typed an instant before a scan are that scan's head.
   */
  scanField?: boolean;
}

export type ListSearch<T> = ReturnType<typeof useListSearch<T>>;

/**
 * A list screen's search box, which also takes scans: the list loads and the box takes focus when the screen opens,
 * a scan or Enter searches, and a search that finds exactly one item opens it.
 */
export function useListSearch<T>({ list, open, scanField = false }: ListSearchOptions<T>) {
  const { query, search, loadList } = list;
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
    if (item !== undefined) open(item);
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

  return { list, field, searched, inputRef, scanField, submit, showAll };
}
