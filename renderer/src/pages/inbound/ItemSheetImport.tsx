import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../shared/ipc/inbound';
import { call } from '../../ipc/station';
import { MAX_SHEET_BYTES } from '../../../../shared/ipc/inbound-export';
import { parseItemSheet, parseWorkbook, type ImportedLine, type ImportedSheet, type ImportError } from './import-items';
import { useAltShortcut } from '../../components/use-shortcut';
import { bytesToBase64 } from './file-bytes';

export type ResolvedLine = ImportedLine & { item: CatalogueItem };

interface Props {
  accountId: string;
  onImported(lines: ResolvedLine[]): void;
}

/** How many codes are resolved at once: enough to be quick, few enough not to crowd out the packer's own scans. */
const PARALLEL = 8;

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isWorkbook = (file: File) => /\.xlsx$/i.test(file.name) || file.type === XLSX_MIME;

/**
 * Imports items from a CSV/TSV sheet or an .xlsx workbook (read by the station, interpreted here like a CSV); every
 * code goes through the catalogue like a scan, and bad rows are listed by row and column.
 */
export function ItemSheetImport({ accountId, onImported }: Props) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ added: number; errors: ImportError[]; sheet?: string } | null>(null);

  const readFile = async (file: File): Promise<ImportedSheet & { sheet?: string }> => {
    if (!isWorkbook(file)) return parseItemSheet(await file.text());
    if (file.size > MAX_SHEET_BYTES) return { lines: [], errors: [{ row: 0, message: t('inboundExport.importTooLarge', { file: file.name }) }] };
    const { sheets } = await call('inbound-export:read-sheet', { fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    return parseWorkbook(sheets);
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(null);
    try {
      const sheet = await readFile(file);
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
      setResult({ added: resolved.length, errors: errors.sort((a, b) => a.row - b.row), ...(sheet.sheet ? { sheet: sheet.sheet } : {}) });
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
          {busy ? t('inbound.importing') : t('inboundExport.importButton')} <kbd>Alt+I</kbd>
        </span>
        <input
          ref={fileRef}
          type="file"
          accept={`.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,${XLSX_MIME}`}
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <span className="sub">{t('inboundExport.importHelp')}</span>
      {result ? (
        <div role={result.errors.length ? 'alert' : 'status'} className={`banner ${result.errors.length ? 'error' : 'ok'}`} data-testid="import-result">
          {t('inbound.imported', { count: result.added })}
          {result.sheet ? ` ${t('inboundExport.importFromSheet', { sheet: result.sheet })}` : null}
          {result.errors.length > 0 ? (
            <ul className="plain">
              {result.errors.slice(0, 20).map((e) => (
                <li key={`${e.row}-${e.column ?? ''}-${e.message}`}>
                  {e.row === 0 ? e.message : e.column ? t('inboundExport.importCell', { row: e.row, column: e.column, message: e.message }) : t('inbound.importRow', { row: e.row, message: e.message })}
                </li>
              ))}
              {result.errors.length > 20 ? <li>{t('inbound.importMoreErrors', { count: result.errors.length - 20 })}</li> : null}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
