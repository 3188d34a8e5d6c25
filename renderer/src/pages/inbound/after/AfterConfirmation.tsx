import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboundAfterStore } from '../../../stores/inbound-after-store';
import { usePlansStore } from '../../../stores/plans-store';
import { useAltShortcut } from '../../../components/use-shortcut';
import { NameField } from './NameField';
import { ContentUpdatePanel } from './ContentUpdatePanel';
import { DeliveryWindowPanel } from './DeliveryWindowPanel';
import { SelfShipPanel } from './SelfShipPanel';
import './after.css';

/** While changes are on their way to Amazon, the view is read again now and then. */
const POLL_MS = 1500;

/**
 * Changes to a plan whose shipments are confirmed: names, box contents through Amazon's preview, delivery window and
 * self-ship appointments. Each is saved at the station first and reaches Amazon through the outbox.
 */
export function AfterConfirmation({ planId, planUpdatedAt }: { planId: string; planUpdatedAt: number }) {
  const { t } = useTranslation();
  const { view, error, load, act } = useInboundAfterStore();
  const [actionError, setActionError] = useState<string | null>(null);
  const pending = view?.planId === planId ? view.pending : 0;
  const loadPlan = usePlansStore((s) => s.loadPlan);
  // The plan screen above shows names and boxes too: it reads the plan again when changes made here have landed.
  const lastPending = useRef(pending);
  useEffect(() => {
    if (lastPending.current > 0 && pending === 0) void loadPlan();
    lastPending.current = pending;
  }, [pending, loadPlan]);

  useEffect(() => void load(planId), [planId, planUpdatedAt, load]);
  // Opening the section reads the shipments from Amazon again (the void deadline is set when the carrier is confirmed).
  useEffect(() => void act('inbound-after:refresh', { planId }).catch(() => undefined), [planId, act]);
  useEffect(() => {
    if (pending === 0) return;
    const timer = window.setInterval(() => void load(planId), POLL_MS);
    return () => window.clearInterval(timer);
  }, [pending, planId, load]);
  useAltShortcut('KeyJ', () => document.getElementById('after-plan-name')?.focus());

  const run = async (work: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await work();
      void loadPlan();
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    }
  };

  if (!view || view.planId !== planId) return error ? <div role="alert" className="banner error">{error}</div> : null;
  return (
    <section className="card after-confirmation" aria-labelledby="after-title" data-testid="after-confirmation">
      <h2 id="after-title">{t('inboundAfter.title')}</h2>
      {!view.online ? (
        <div role="status" className="banner waiting" data-testid="after-offline">
          {t('inboundAfter.offline')}
        </div>
      ) : null}
      {view.pending > 0 ? (
        <div role="status" className="banner waiting" data-testid="after-pending">
          <span className="spinner" aria-hidden="true" /> {t('inboundAfter.pending', { count: view.pending })}
        </div>
      ) : null}
      {actionError ? (
        <div role="alert" className="banner error" data-testid="after-error">
          {actionError}
        </div>
      ) : null}
      <NameField
        id="after-plan-name"
        label={t('inboundAfter.planName')}
        shortcut="Alt+J"
        value={view.planName}
        maxLength={40}
        onSave={(name) => run(() => act('inbound-after:rename-plan', { planId, name }))}
      />
      {view.shipments.map((shipment) => (
        <article key={shipment.shipmentId} className="after-shipment" data-testid={`after-shipment-${shipment.shipmentId}`} aria-label={shipment.confirmationId ?? shipment.shipmentId}>
          <h3>
            {shipment.confirmationId ?? shipment.shipmentId} · {shipment.status ?? '—'}
          </h3>
          {shipment.voidableUntil ? (
            <p className={Date.parse(shipment.voidableUntil) > Date.now() ? 'hint' : 'warn-text'} data-testid="void-deadline">
              {t(Date.parse(shipment.voidableUntil) > Date.now() ? 'inboundAfter.voidUntil' : 'inboundAfter.voidPassed', { at: new Date(shipment.voidableUntil).toLocaleString() })}
            </p>
          ) : null}
          <NameField
            id={`after-shipment-name-${shipment.shipmentId}`}
            label={t('inboundAfter.shipmentName')}
            value={shipment.name ?? ''}
            maxLength={100}
            onSave={(name) => run(() => act('inbound-after:rename-shipment', { planId, shipmentId: shipment.shipmentId, name }))}
          />
          <ContentUpdatePanel planId={planId} shipment={shipment} online={view.online} run={run} />
          <DeliveryWindowPanel planId={planId} shipment={shipment} run={run} />
          <SelfShipPanel planId={planId} shipment={shipment} run={run} />
        </article>
      ))}
    </section>
  );
}
