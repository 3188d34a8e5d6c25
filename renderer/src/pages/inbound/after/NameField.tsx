import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A name edited in place and saved with Enter; shown as saved once main answers. */
export function NameField(props: { id: string; label: string; value: string; maxLength: number; shortcut?: string; onSave(name: string): Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (name && name !== props.value) void props.onSave(name);
  };
  return (
    <form className="name-field" onSubmit={submit}>
      <label htmlFor={props.id}>
        {props.label} {props.shortcut ? <kbd>{props.shortcut}</kbd> : null}
      </label>
      <input id={props.id} className="big" value={draft} maxLength={props.maxLength} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit" className="big" disabled={!draft.trim() || draft.trim() === props.value}>
        {t('inboundAfter.rename')} <kbd>Enter</kbd>
      </button>
    </form>
  );
}
