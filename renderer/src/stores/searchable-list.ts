/**
 * The list half of a list-and-detail store (inbound plans, DF orders, retail shipments, MCF orders): the list the
 * station answered for the current search, whether it has answered yet, and why it could not.
 */
export interface SearchableList<T> {
  /** The search the list answers, trimmed; '' is the whole list. */
  query: string;
  items: T[];
  /** False until the first answer (or failure), so a screen tells "nothing yet" from "nothing found". */
  listLoaded: boolean;
  listError: string | null;
  /** Makes `query` the current search and resolves to the list it found. */
  search(query: string): Promise<T[]>;
  /** A search that opened its one match is done: the list comes back whole next time. */
  forgetSearch(): void;
  loadList(): Promise<void>;
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface SearchableListOptions<T, S> {
  /** Asks the station for the list S's search (and any filter of its own) stands for. */
  fetch(state: S): Promise<T[]>;
  /** Whether a reply still answers what the store now asks; by default, the same search. */
  sameRequest?(sent: S, now: S): boolean;
  /**
   * Where a search found nothing: what else the code may stand for (an item barcode for the vendor SKU it
   * labels). Null when it stands for nothing else; its answer is kept only while that search is still the current one.
   */
  orElse?(query: string, state: S): Promise<T[] | null>;
}

/**
 * The list part of a zustand store whose state S extends SearchableList<T>; spread it into the store's initial state.
 * A slow reply for an older search (or filter) never overwrites a newer one.
 */
export function searchableList<T, S extends SearchableList<T>>(
  set: (partial: Partial<SearchableList<T>>) => void,
  get: () => S,
  { fetch, sameRequest = (sent, now) => sent.query === now.query, orElse }: SearchableListOptions<T, S>,
): SearchableList<T> {
  return {
    query: '',
    items: [],
    listLoaded: false,
    listError: null,
    async search(query) {
      const q = query.trim();
      set({ query: q });
      await get().loadList();
      if (!q || !orElse || get().items.length > 0) return get().items;
      const found = await orElse(q, get());
      if (found !== null && get().query === q) set({ items: found });
      return get().items;
    },
    forgetSearch() {
      set({ query: '' });
    },
    async loadList() {
      const sent = get();
      try {
        const items = await fetch(sent);
        if (sameRequest(sent, get())) set({ items, listLoaded: true, listError: null });
      } catch (error) {
        set({ listError: errorMessage(error), listLoaded: true });
      }
    },
  };
}
