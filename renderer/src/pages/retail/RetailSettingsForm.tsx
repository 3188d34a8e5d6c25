import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetailVendorSettings } from '../../../../shared/ipc/retail';
import { useRetailStore } from '../../stores/retail-store';

/** The vendor's codes at Amazon and its GS1 company prefix, from which every carton and pallet SSCC is made. */
export function RetailSettingsForm({ accountId, current }: { accountId: string; current: RetailVendorSettings | null }) {
  const { t } = useTranslation();
  const saveSettings = useRetailStore((s) => s.saveSettings);
  const [sellingParty, setSellingParty] = useState(current?.sellingParty ?? '');
  const [shipFromParty, setShipFromParty] = useState(current?.shipFromParty ?? '');
  const [prefix, setPrefix] = useState(current?.gs1CompanyPrefix ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await saveSettings({ accountId, sellingParty: sellingParty.trim(), shipFromParty: shipFromParty.trim(), gs1CompanyPrefix: prefix.trim() });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <form className="card df-row" onSubmit={submit} aria-label={t('retail.settingsTitle')} data-testid="retail-settings">
      <h2 className="retail-wide">{t('retail.settingsTitle')}</h2>
      <p className="df-sub retail-wide">{t('retail.settingsHint')}</p>
      <label>
        {t('retail.sellingParty')}
        <input name="retail-selling-party" value={sellingParty} onChange={(e) => setSellingParty(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('retail.shipFromParty')}
        <input name="retail-ship-from-party" value={shipFromParty} onChange={(e) => setShipFromParty(e.target.value)} autoComplete="off" />
      </label>
      <label>
        {t('retail.gs1Prefix')}
        <input name="retail-gs1-prefix" inputMode="numeric" value={prefix} onChange={(e) => setPrefix(e.target.value)} autoComplete="off" />
      </label>
      <button type="submit" className="big primary">
        {t('retail.saveSettings')}
      </button>
      {error ? <div role="alert" className="banner error retail-wide">{error}</div> : null}
    </form>
  );
}
