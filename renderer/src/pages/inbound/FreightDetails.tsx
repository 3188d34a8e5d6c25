import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';
import { MARKETPLACES } from '../../../../shared/marketplaces';
import { palletCount } from '../../../../shared/inbound/freight';
import { PalletsForm } from './PalletsForm';
import { usePlanFreight } from './use-plan-freight';
import './place-first.css';

/**
 * Place first, at the transport step: each shipment's pallets and freight details, one shipment at a time. The form
 * opens on the first shipment still without details; once all have them Amazon is asked for LTL quotes.
 */
export function FreightDetails({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { freight, error, replace } = usePlanFreight(plan.id, plan.updatedAt);
  const shipments = plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId);
  const [chosen, setChosen] = useState<string | null>(null);
  const marketplace = MARKETPLACES[plan.marketplaceId];
  if (!freight) return error ? <div role="alert" className="banner error">{error}</div> : null;

  const savedOf = (shipmentId: string) => freight.shipments.find((f) => f.shipmentId === shipmentId);
  const missing = shipments.filter((s) => !savedOf(s.shipmentId));
  const current = chosen ?? missing[0]?.shipmentId ?? null;

  return (
    <section className="card freight-details" aria-labelledby="freight-title" data-testid="freight-details">
      <h3 id="freight-title">{t('placeFirst.freightTitle')}</h3>
      <p className="sub">{t('placeFirst.freightHelp')}</p>
      <div className="targets" role="tablist" aria-label={t('placeFirst.freightTitle')}>
        {shipments.map((s, n) => {
          const saved = savedOf(s.shipmentId);
          return (
            <button
              key={s.shipmentId}
              type="button"
              role="tab"
              aria-selected={s.shipmentId === current}
              className={s.shipmentId === current ? 'big selected' : 'big'}
              onClick={() => setChosen(s.shipmentId)}
              data-testid="freight-shipment"
              data-state={saved ? 'saved' : 'needed'}
            >
              {t('placeFirst.shipmentTab', { n: n + 1 })} · {saved ? `✓ ${t('placeFirst.palletsOf', { count: palletCount(saved.pallets) })}` : t('placeFirst.freightNeeded')}
            </button>
          );
        })}
      </div>
      {current ? (
        <PalletsForm
          key={current}
          planId={plan.id}
          shipmentId={current}
          currency={marketplace?.currency ?? 'USD'}
          metric={marketplace?.units === 'metric'}
          saved={savedOf(current)}
          onSaved={(next) => {
            replace(next);
            // On to the next shipment still without details, or close the form when none is left.
            setChosen(shipments.find((s) => s.shipmentId !== current && !next.shipments.some((f) => f.shipmentId === s.shipmentId))?.shipmentId ?? '');
          }}
        />
      ) : (
        <p role="status" className="ok-text" data-testid="freight-complete">
          {t('placeFirst.savedAll')}
        </p>
      )}
    </section>
  );
}

/**
 * Pack first, at the transport step: the shipments are known now, and a packer shipping LTL freight can enter the
 * pallets so Amazon quotes partnered LTL with them. Closed until asked for; open once any details are saved.
 */
export function OptionalFreightDetails({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { freight } = usePlanFreight(plan.id, plan.updatedAt);
  const [open, setOpen] = useState(false);
  if (open || (freight?.shipments.length ?? 0) > 0) return <FreightDetails plan={plan} />;
  return (
    <div className="card freight-offer">
      <p className="sub">{t('placeFirst.packFirstFreightHelp')}</p>
      <button type="button" className="big" onClick={() => setOpen(true)} data-testid="freight-open">
        {t('placeFirst.packFirstFreightOpen')}
      </button>
    </div>
  );
}
