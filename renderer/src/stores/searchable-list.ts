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

/**
 * The list part of a zustand store whose state S extends SearchableList<T>; spread it into the store's initial state.
 * `fetch` asks the station for the list S's search (and any filter of its own) stands for; `sameRequest` says whether a
 * reply still answers what the store now asks, so a slow reply for an older search never overwrites a newer one.
 */
export function searchableList<T, S extends SearchableList<T>>(
  set: (partial: Partial<SearchableList<T>>) => void,
  get: () => S,
  fetch: (state: S) => Promise<T[]>,
  sameRequest: (sent: S, now: S) => boolean = (sent, now) => sent.query === now.query,
): SearchableList<T> {
  return {
    query: '',
    items: [],
    listLoaded: false,
    listError: null,
    async search(query) {
      set({ query: query.trim() });
      await get().loadList();
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
