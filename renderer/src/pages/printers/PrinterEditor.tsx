import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterProfile } from '../../../../shared/labels/printer-profile';
import { usePrintersStore } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';
import { PrinterDiscovery } from './PrinterDiscovery';
import { emptyPrinterForm, formFromDiscovered, printerFormFrom, profileFrom, type ConnectionKind, type PrinterForm } from './printer-form';

const CONNECTIONS: ConnectionKind[] = ['tcp', 'cups', 'windows', 'os-driver', 'virtual'];
const MONO: PrinterForm['mono'][] = ['threshold', 'floyd-steinberg', 'ordered', 'auto'];
const COMPRESSION: PrinterForm['compression'][] = ['z64', 'acs', 'hex'];

interface Props {
  editing: PrinterProfile | null;
  onDone(message: string): void;
  onCancel(): void;
}

/** Adds or edits a printer profile. A profile is keyed by its name, so the name is fixed once saved. */
export function PrinterEditor({ editing, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const save = usePrintersStore((s) => s.save);
  const [form, setForm] = useState<PrinterForm>(() => (editing ? printerFormFrom(editing) : emptyPrinterForm()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens above the list; an Edit pressed far down the page must not leave it off screen.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'start' });
  }, []);
  const set = (patch: Partial<PrinterForm>) => setForm((f) => ({ ...f, ...patch }));
  const text = (field: keyof PrinterForm, label: string, className = 'narrow', inputMode: 'decimal' | 'numeric' | 'text' = 'decimal') => (
    <label className={className}>
      {label}
      <input name={field} inputMode={inputMode} value={form[field]} onChange={(e) => set({ [field]: e.target.value })} autoComplete="off" />
    </label>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await save(profileFrom(form));
      onDone(t('printers.saved', { name: form.name.trim() }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="card form wide" onSubmit={submit} aria-label={editing ? t('printers.editTitle', { name: editing.name }) : t('printers.addTitle')}>
      <h2>{editing ? t('printers.editTitle', { name: editing.name }) : t('printers.addTitle')}</h2>
      {error ? (
        <div role="alert" className="banner error" data-testid="printer-form-error">
          {error}
        </div>
      ) : null}
      <div className="row">
        <label className="grow">
          {t('printers.name')}
          <input name="name" value={form.name} onChange={(e) => set({ name: e.target.value })} readOnly={!!editing} autoFocus={!editing} autoComplete="off" />
        </label>
        <label className="narrow">
          {t('printers.language')}
          <select name="language" value={form.language} onChange={(e) => set({ language: e.target.value === 'pdf' ? 'pdf' : 'zpl' })}>
            <option value="zpl">{t('printers.languages.zpl')}</option>
            <option value="pdf">{t('printers.languages.pdf')}</option>
          </select>
        </label>
        <label className="narrow">
          {t('printers.dpi')}
          <select name="dpi" value={form.dpi} onChange={(e) => set({ dpi: e.target.value as PrinterForm['dpi'] })}>
            {(['203', '300', '600'] as const).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        {text('widthIn', t('printers.widthIn'))}
        {text('heightIn', t('printers.heightIn'))}
        {text('darkness', t('printers.darkness'), 'narrow', 'numeric')}
        {text('offsetXDots', t('printers.offsetX'), 'narrow', 'numeric')}
        {text('offsetYDots', t('printers.offsetY'), 'narrow', 'numeric')}
      </div>
      <div className="row">
        <label className="grow">
          {t('printers.mono')}
          <select name="mono" value={form.mono} onChange={(e) => set({ mono: e.target.value as PrinterForm['mono'] })}>
            {MONO.map((m) => (
              <option key={m} value={m}>
                {t(`printers.monoModes.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t('printers.compression')}
          <select name="compression" value={form.compression} onChange={(e) => set({ compression: e.target.value as PrinterForm['compression'] })}>
            {COMPRESSION.map((c) => (
              <option key={c} value={c}>
                {t(`printers.compressions.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset>
        <legend>{t('printers.connection')}</legend>
        {CONNECTIONS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="connection" checked={form.connection === kind} onChange={() => set({ connection: kind })} />
            {t(`printers.connections.${kind}`)}
          </label>
        ))}
        <div className="row">
          {form.connection === 'tcp' ? (
            <>
              {text('host', t('printers.host'), 'grow', 'text')}
              {text('port', t('printers.port'), 'narrow', 'numeric')}
            </>
          ) : null}
          {form.connection === 'cups' ? text('queue', t('printers.cupsQueue'), 'grow', 'text') : null}
          {form.connection === 'windows' || form.connection === 'os-driver' ? text('queue', t('printers.systemPrinter'), 'grow', 'text') : null}
          {form.connection === 'virtual' ? text('dir', t('printers.folder'), 'grow', 'text') : null}
        </div>
      </fieldset>
      <PrinterDiscovery onPick={(found) => setForm((f) => formFromDiscovered(f, found))} />
      <div className="actions">
        <button type="submit" className="primary big" disabled={busy}>
          {t('printers.save')}
        </button>
        <button type="button" className="big" onClick={onCancel}>
          {t('printers.cancel')}
        </button>
      </div>
    </form>
  );
}
