import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/ipc/inbound';
import { call } from '../../ipc/station';
import { parseItemSheet, type ImportedLine } from './import-items';
import { useAltShortcut } from '../../components/use-shortcut';

export type ResolvedLine = ImportedLine & { item: CatalogueItem };

interface Props {
  accountId: string;
  onImported(lines: ResolvedLine[]): void;
}

/** How many codes are resolved at once: enough to be quick, few enough not to crowd out the packer's own scans. */
const PARALLEL = 8;

/** Imports items from a CSV/TSV sheet; every code goes through the catalogue like a scan, and bad rows are listed by row. */
export function ItemSheetImport({ accountId, onImported }: Props) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ added: number; errors: { row: number; message: string }[] } | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(null);
    try {
      const sheet = parseItemSheet(await file.text());
      const errors = [...sheet.errors];
      const resolved: ResolvedLine[] = [];
      for (let i = 0; i < sheet.lines.length; i += PARALLEL) {
        const batch = sheet.lines.slice(i, i + PARALLEL);
        const replies = await Promise.all(batch.map((line) => call('inbound:resolve-item', { accountId, code: line.code })));
        replies.forEach((reply, j) => {
          const line = batch[j]!;
          if (reply.ok) resolved.push({ ...line, item: reply.item });
          else errors.push({ row: line.row, message: reply.message });
        });
      }
      onImported(resolved);
      setResult({ added: resolved.length, errors: errors.sort((a, b) => a.row - b.row) });
    } catch (error) {
      setResult({ added: 0, errors: [{ row: 0, message: error instanceof Error ? error.message : String(error) }] });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  useAltShortcut('KeyI', () => fileRef.current?.click(), !busy);

  return (
    <div className="sheet-import">
      <label className="file-button">
        <span>
          {busy ? t('inbound.importing') : t('inbound.importSheet')} <kbd>Alt+I</kbd>
        </span>
        <input
          ref={fileRef}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <span className="sub">{t('inbound.importHelp')}</span>
      {result ? (
        <div role={result.errors.length ? 'alert' : 'status'} className={`banner ${result.errors.length ? 'error' : 'ok'}`} data-testid="import-result">
          {t('inbound.imported', { count: result.added })}
          {result.errors.length > 0 ? (
            <ul className="plain">
              {result.errors.slice(0, 20).map((e) => (
                <li key={`${e.row}-${e.message}`}>{e.row > 0 ? t('inbound.importRow', { row: e.row, message: e.message }) : e.message}</li>
              ))}
              {result.errors.length > 20 ? <li>{t('inbound.importMoreErrors', { count: result.errors.length - 20 })}</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
