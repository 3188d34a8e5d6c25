import type { ReactNode } from 'react';
import type { ListSearch as ListSearchState } from './use-list-search';

export interface ListSearchText {
  label: string;
  hint: string;
  find: string;
  /** The button that drops a search; screens without it leave it out. */
  showAll?: string;
  noMatch(query: string): string;
  /** The line for a list with nothing in it at all. */
  none: string;
}

interface Props<T> {
  search: ListSearchState<T>;
  /** The input's name, which the e2e page objects find it by. */
  name: string;
  formClassName: string;
  spellCheck?: boolean;
  emptyTestId: string;
  text: ListSearchText;
  /** Controls that narrow the list further (a filter), placed between the field and the Find button. */
  children?: ReactNode;
}

/** A list screen's search form, then why the list could not load, then the line for an empty list or search. */
export function ListSearch<T>({ search, name, formClassName, spellCheck, emptyTestId, text, children }: Props<T>) {
  const { list, field, searched, inputRef, scanField, submit, showAll } = search;
  return (
    <>
      <form className={`inline-form ${formClassName}`} role="search" onSubmit={submit}>
        <label>
          {text.label}
          <input
            ref={inputRef}
            name={name}
            data-scan-field={scanField ? '' : undefined}
            value={field.value}
            onChange={(e) => field.change(e.target.value)}
            placeholder={text.hint}
            autoComplete="off"
            spellCheck={spellCheck}
          />
        </label>
        {children}
        <button type="submit" className="big">
          {text.find} <kbd>Enter</kbd>
        </button>
        {text.showAll && list.query ? (
          <button type="button" className="big" onClick={showAll}>
            {text.showAll}
          </button>
        ) : null}
      </form>
      {list.listError ? (
        <div role="alert" className="banner error">
          {list.listError}
        </div>
      ) : null}
      {list.listLoaded && list.items.length === 0 ? <p data-testid={emptyTestId}>{searched ? text.noMatch(searched) : text.none}</p> : null}
    </>
  );
}
