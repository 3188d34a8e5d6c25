import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MARKETPLACES } from '../../../../shared/marketplaces';
import { usePlansStore } from '../../stores/plans-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAltShortcut } from '../../components/use-shortcut';
import { StepProgress } from './StepProgress';
import { PackingOptionsStep } from './PackingOptionsStep';
import { PackingScreen } from './PackingScreen';
import { PlacementStep } from './PlacementStep';
import { TransportStep } from './TransportStep';
import { ShipmentsStep } from './ShipmentsStep';
import { ExportMenu } from './ExportMenu';
import { AfterConfirmation } from './after/AfterConfirmation';
import { ConflictsPanel } from './ConflictsPanel';

/** While Amazon has work pending for the plan, it is asked again now and then in case a status event was missed. */
const POLL_MS = 2500;

export function PlanScreen() {
  const { t } = useTranslation();
  const { plan, planError, show, act, loadPlan } = usePlansStore();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = plan?.sync.pending ?? 0;

  // Coming back to the page, the plan may have moved on while it was not on screen.
  useEffect(() => void loadPlan(), [loadPlan]);

  useEffect(() => {
    if (pending === 0) return;
    const timer = window.setInterval(() => void loadPlan(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [pending, loadPlan]);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const cancellable = plan !== null && plan.step !== 'cancelled' && plan.step !== 'shipped';
  useAltShortcut('KeyB', () => show({ kind: 'list' }));
  useAltShortcut('KeyQ', () => setConfirmCancel(true), cancellable);
  useAltShortcut('KeyU', () => plan && void run(() => act('inbound:refresh', { planId: plan.id })), plan !== null);

  if (!plan) {
    return planError ? (
      <div role="alert" className="banner error">
        {planError}
      </div>
    ) : (
      <p role="status">{t('inbound.loading')}</p>
    );
  }

  return (
    <section aria-labelledby="plan-title" className="plan-screen">
      <div className="page-head">
        <div>
          <h1 id="plan-title">{plan.name}</h1>
          <p className="sub">
            {MARKETPLACES[plan.marketplaceId]?.name ?? plan.marketplaceId} · {t(`inbound.flow.${plan.flow}`)} · {plan.amazonPlanId ?? t('inbound.notOnAmazonYet')} ·{' '}
            {t('inbound.planCounts', { skus: plan.skuCount, units: plan.unitCount, boxes: plan.boxCount })}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
            {t('inbound.backToPlans')} <kbd>Alt+B</kbd>
          </button>
          <button type="button" className="big" onClick={() => void run(() => act('inbound:refresh', { planId: plan.id }))}>
            {t('inbound.refresh')} <kbd>Alt+U</kbd>
          </button>
          {cancellable ? (
            <button type="button" className="big danger" onClick={() => setConfirmCancel(true)}>
              {t('inbound.cancelPlan')} <kbd>Alt+Q</kbd>
            </button>
          ) : null}
        </div>
      </div>
      <StepProgress flow={plan.flow} step={plan.step} />
      <ExportMenu plan={plan} />
      {plan.sync.pending > 0 ? (
        <div role="status" className="banner waiting" data-testid="plan-waiting">
          <span className="spinner" aria-hidden="true" /> {t('inbound.waitingForAmazon', { count: plan.sync.pending })}
        </div>
      ) : null}
      {plan.sync.failed > 0 ? (
        <div role="alert" className="banner error" data-testid="plan-sync-failed">
          {t('inbound.syncFailed', { count: plan.sync.failed })} {plan.sync.lastError}
        </div>
      ) : null}
      {plan.problems.length > 0 ? (
        <ul className="problems" aria-label={t('inbound.problems')}>
          {plan.problems.map((p, i) => (
            <li key={`${p.op}-${p.code}-${i}`} className={p.severity === 'ERROR' ? 'error-text' : 'warn-text'}>
              {p.code}: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <div role="alert" className="banner error" data-testid="plan-error">
          {error}
        </div>
      ) : null}
      {plan.amazonPlanId ? <ConflictsPanel planId={plan.id} /> : null}
      <StepBody run={run} />
      {confirmCancel ? (
        <ConfirmDialog
          title={t('inbound.confirmCancelTitle')}
          confirmLabel={t('inbound.cancelPlan')}
          danger
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => {
            setConfirmCancel(false);
            void run(() => act('inbound:cancel', { planId: plan.id, confirmed: true }));
          }}
        >
          <p>{t('inbound.confirmCancelText', { name: plan.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function StepBody({ run }: { run(work: () => Promise<unknown>): Promise<void> }) {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  switch (plan.step) {
    case 'creating':
      return <p className="lead">{t('inbound.creatingHelp')}</p>;
    case 'choose_packing':
      return <PackingOptionsStep run={run} />;
    case 'packing':
      return <PackingScreen />;
    case 'placement':
      return <PlacementStep run={run} />;
    case 'transport':
      return <TransportStep run={run} />;
    case 'labels':
    case 'tracking':
    case 'shipped':
      return (
        <>
          <ShipmentsStep />
          <AfterConfirmation planId={plan.id} planUpdatedAt={plan.updatedAt} />
        </>
      );
    case 'cancelled':
      return <p className="lead">{t('inbound.cancelledHelp')}</p>;
  }
}
