import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrintersStore, type DiscoveredPrinter } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';

/** Lists the operating system's printers (CUPS or Windows) so one can be picked instead of typed. */
export function PrinterDiscovery({ onPick }: { onPick(found: DiscoveredPrinter): void }) {
  const { t } = useTranslation();
  const { discovered, discover } = usePrintersStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const find = async () => {
    setBusy(true);
    try {
      await discover();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="discovery" data-testid="printer-discovery">
      <button type="button" className="big" onClick={() => void find()} disabled={busy}>
        {busy ? t('printers.discovering') : t('printers.discover')}
      </button>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      {discovered && discovered.length === 0 ? <p className="muted">{t('printers.noneDiscovered')}</p> : null}
      {discovered && discovered.length > 0 ? (
        <ul className="plain">
          {discovered.map((p) => (
            <li key={`${p.system}-${p.name}`}>
              <button type="button" className="link" onClick={() => onPick(p)}>
                {p.name}
              </button>{' '}
              <span className="muted">
                {t(`printers.systems.${p.system}`)} · {p.likelyZpl ? t('printers.likelyZpl') : t('printers.likelyDriver')} · {t(`printers.states.${p.status.state}`)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
