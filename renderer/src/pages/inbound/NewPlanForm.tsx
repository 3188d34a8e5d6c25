import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flow } from '../../../../shared/ipc/inbound';
import { MARKETPLACES, marketplacesOf } from '../../../../shared/marketplaces';
import { useAccountsStore } from '../../stores/accounts-store';
import { usePlansStore } from '../../stores/plans-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { ShipFromPicker } from './ShipFromPicker';
import { PlanItemsEditor } from './PlanItemsEditor';
import { draftToItems, missingExpiration, type DraftItem } from './plan-draft';

/** A new Send to Amazon plan: who sends, from where, to which marketplace, in which flow, and what. */
export function NewPlanForm() {
  const { t } = useTranslation();
  const accounts = useAccountsStore((s) => s.accounts);
  const sellers = useMemo(() => accounts.filter((a) => a.type === 'seller'), [accounts]);
  const { create, show } = usePlansStore();
  const [accountId, setAccountId] = useState(sellers[0]?.id ?? '');
  const account = sellers.find((a) => a.id === accountId);
  const [marketplaceId, setMarketplaceId] = useState(account?.marketplaceIds[0] ?? '');
  const [shipFromId, setShipFromId] = useState('');
  const [flow, setFlow] = useState<Flow>('pack_first');
  const [name, setName] = useState('');
  const [draft, setDraft] = useState<DraftItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Accounts may arrive after the form opens.
  useEffect(() => {
    if (!accountId && sellers[0]) {
      setAccountId(sellers[0].id);
      setMarketplaceId(sellers[0].marketplaceIds[0] ?? '');
    }
  }, [accountId, sellers]);

  const marketplace = MARKETPLACES[marketplaceId];
  const choices = useMemo(() => (account ? marketplacesOf(account.region) : []), [account]);
  const unsupported = marketplace?.inboundUnsupported;
  const notSold = account && marketplace && !account.marketplaceIds.includes(marketplace.id);

  useAltShortcut('KeyB', () => show({ kind: 'list' }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    const missing = missingExpiration(draft);
    if (missing.length > 0) {
      setError(t('inbound.needsExpiration', { mskus: missing.map((d) => d.item.msku).join(', ') }));
      return;
    }
    setBusy(true);
    try {
      await create({ accountId, marketplaceId, shipFromId, flow, ...(name.trim() ? { name: name.trim() } : {}), items: draftToItems(draft) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useAltShortcut('Enter', () => void submit(), !busy);

  if (sellers.length === 0) {
    return (
      <section aria-labelledby="new-plan-title">
        <h1 id="new-plan-title">{t('inbound.newPlan')}</h1>
        <p>{t('inbound.noSellers')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="new-plan-title">
      <div className="page-head">
        <h1 id="new-plan-title">{t('inbound.newPlan')}</h1>
        <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
          {t('inbound.backToPlans')} <kbd>Alt+B</kbd>
        </button>
      </div>
      <form className="card form wide" onSubmit={submit} aria-label={t('inbound.newPlan')} id="new-plan-form">
        <div className="row">
          <label>
            {t('inbound.account')}
            <select
              name="account"
              value={accountId}
              onChange={(e) => {
                const next = sellers.find((a) => a.id === e.target.value);
                setAccountId(e.target.value);
                setMarketplaceId(next?.marketplaceIds[0] ?? '');
                setShipFromId('');
                setDraft([]);
              }}
            >
              {sellers.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inbound.marketplace')}
            <select name="marketplace" value={marketplaceId} onChange={(e) => setMarketplaceId(e.target.value)}>
              {choices.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.country} · {m.name}
                  {m.inboundUnsupported ? ` (${t('inbound.unsupported')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inbound.planName')}
            <input name="plan-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={30} autoComplete="off" />
          </label>
        </div>
        {unsupported ? (
          <div role="alert" className="banner error" data-testid="marketplace-unsupported">
            {unsupported}
          </div>
        ) : notSold ? (
          <div role="alert" className="banner error">
            {t('inbound.notSold', { account: account.name, marketplace: marketplace.name })}
          </div>
        ) : null}
      </form>
      <div className="card form wide">
        <div className="setup-row">
          <ShipFromPicker key={accountId} accountId={accountId} value={shipFromId} onChange={setShipFromId} />
          <fieldset>
            <legend>{t('inbound.flowLabel')}</legend>
            {(['pack_first', 'place_first'] as const).map((f) => (
              <label key={f} className="choice block">
                <input type="radio" name="flow" value={f} checked={flow === f} onChange={() => setFlow(f)} />
                <span>
                  <strong>{t(`inbound.flow.${f}`)}</strong>
                  <span className="sub">{t(`inbound.flowHelp.${f}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </div>
        <PlanItemsEditor accountId={accountId} draft={draft} onChange={setDraft} />
        {error ? (
          <div role="alert" className="banner error" data-testid="create-error">
            {error}
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" form="new-plan-form" className="primary big" disabled={busy || !!unsupported || draft.length === 0 || !shipFromId}>
            {busy ? t('inbound.creating') : t('inbound.createPlan')} <kbd>Alt+Enter</kbd>
          </button>
        </div>
      </div>
    </section>
  );
}
