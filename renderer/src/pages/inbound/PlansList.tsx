import { useTranslation } from 'react-i18next';
import { MARKETPLACES } from '../../../../shared/marketplaces';
import { usePlansStore } from '../../stores/plans-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { useListSearch } from '../../components/use-list-search';
import { ListSearch } from '../../components/ListSearch';
import { StepBadge } from './StepBadge';
import { PlanConflictsWarning } from '../../components/ConflictsCount';

/** All plans of all accounts; a scan or a typed id in the search box finds the plan and opens it when it is the only one. */
export function PlansList() {
  const { t, i18n } = useTranslation();
  const list = usePlansStore();
  const { items: plans, show } = list;
  const accounts = useAccountsStore((s) => s.accounts);
  const searchBox = useListSearch('inbound', list, (plan) => show({ kind: 'plan', planId: plan.id }));

  useAltShortcut('KeyN', () => show({ kind: 'new' }));

  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? id;

  return (
    <section aria-labelledby="inbound-title">
      <div className="page-head">
        <h1 id="inbound-title">{t('inbound.title')}</h1>
        <button type="button" className="primary big" onClick={() => show({ kind: 'new' })}>
          {t('inbound.newPlan')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <ListSearch search={searchBox} />
      {plans.length > 0 ? (
        <table className="grid plans" aria-label={t('inbound.plans')}>
          <thead>
            <tr>
              <th>{t('inbound.plan')}</th>
              <th>{t('inbound.step')}</th>
              <th className="num">{t('inbound.skus')}</th>
              <th className="num">{t('inbound.units')}</th>
              <th className="num">{t('inbound.boxes')}</th>
              <th>{t('inbound.sync')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id} data-testid="plan-row">
                <td>
                  <button type="button" className="link" onClick={() => show({ kind: 'plan', planId: plan.id })}>
                    {plan.name}
                  </button>
                  <div className="sub">
                    {accountName(plan.accountId)} · {MARKETPLACES[plan.marketplaceId]?.country ?? plan.marketplaceId} · {t(`inbound.flow.${plan.flow}`)}
                    {plan.shipmentIds.length > 0 ? ` · ${plan.confirmationIds.join(', ') || plan.shipmentIds.join(', ')}` : ''}
                  </div>
                </td>
                <td>
                  <StepBadge step={plan.step} />
                </td>
                <td className="num">{plan.skuCount}</td>
                <td className="num">
                  {plan.packedUnits}/{plan.unitCount}
                </td>
                <td className="num">{plan.boxCount}</td>
                <td>
                  <SyncCell sync={plan.sync} />
                  <PlanConflictsWarning planId={plan.id} />
                  <div className="sub">{new Date(plan.updatedAt).toLocaleString(i18n.language)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function SyncCell({ sync }: { sync: { pending: number; failed: number; lastError: string | null } }) {
  const { t } = useTranslation();
  if (sync.failed > 0) {
    return (
      <span className="error-text" title={sync.lastError ?? undefined}>
        {t('inbound.syncFailed', { count: sync.failed })}
        {sync.lastError ? <span className="sub warn-line">{sync.lastError}</span> : null}
      </span>
    );
  }
  if (sync.pending > 0) return <span className="warn-text">{t('inbound.syncPending', { count: sync.pending })}</span>;
  return <span className="ok-text">{t('inbound.syncDone')}</span>;
}
