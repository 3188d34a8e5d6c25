import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListSearch as ListSearchState } from './use-list-search';

interface Props<T> {
  search: ListSearchState<T>;
  /** Controls that narrow the list further (a filter), placed between the field and the Find button. */
  children?: ReactNode;
}

/**
 * A list screen's search form, then why the list could not load, then the line for an empty list or search. Its
 * strings are the screen's own: `<screen>.search`, `.searchHint`, `.find`, `.showAll`, `.noMatch` and the look's `none`.
 */
export function ListSearch<T>({ search, children }: Props<T>) {
  const { t } = useTranslation();
  const { screen, look, list, field, searched, inputRef, submit, showAll } = search;
  return (
    <>
      <form className={`inline-form ${look.formClassName}`} role="search" onSubmit={submit}>
        <label>
          {t(`${screen}.search`)}
          <input
            ref={inputRef}
            name={look.name}
            data-scan-field={look.scanField ? '' : undefined}
            value={field.value}
            onChange={(e) => field.change(e.target.value)}
            placeholder={t(`${screen}.searchHint`)}
            autoComplete="off"
            spellCheck={look.spellCheck}
          />
        </label>
        {children}
        <button type="submit" className="big">
          {t(`${screen}.find`)} <kbd>Enter</kbd>
        </button>
        {look.showAll && list.query ? (
          <button type="button" className="big" onClick={showAll}>
            {t(`${screen}.showAll`)}
          </button>
        ) : null}
      </form>
      {list.listError ? (
        <div role="alert" className="banner error">
          {list.listError}
        </div>
      ) : null}
      {list.listLoaded && list.items.length === 0 ? (
        <p data-testid={look.emptyTestId}>{searched ? t(`${screen}.noMatch`, { query: searched }) : t(`${screen}.${look.none}`)}</p>
      ) : null}
    </>
  );
}
