import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { Countdown } from './Countdown';
import { Incentives } from './Incentives';
import { destination, incentives } from './raw-views';
import { ShipmentOptionsSummary } from './transport-views';
import { RegenerateOptions, optionsExpired } from './RegenerateOptions';

interface Props {
  run(work: () => Promise<unknown>): Promise<void>;
}

/**
 * Placement options side by side: fees and discounts, the shipments each one makes, and for every shipment its
 * transportation options and delivery windows, so the packer sees which option allows small parcel or LTL and when it
 * can arrive before choosing. An option is chosen only once all its shipments are quoted.
 */
export function PlacementStep({ run }: Props) {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const act = usePlansStore((s) => s.act);
  const quoted = (shipmentIds: string[]) =>
    shipmentIds.length > 0 &&
    shipmentIds.every((id) => plan.transportationOptions.some((o) => o.shipmentId === id) && plan.deliveryWindows.some((w) => w.shipmentId === id));
  // Amazon refuses to confirm any placement until transport is generated for every one of them, so the choice waits
  // until every offered option is quoted and the station has nothing left to ask Amazon for this plan.
  // Place first (LTL only) is quoted after packing, per shipment of the confirmed placement.
  const placeFirst = plan.flow === 'place_first';
  const allQuoted = plan.sync.pending === 0 && (placeFirst || plan.placementOptions.filter((o) => o.status !== 'EXPIRED').every((o) => quoted(o.shipmentIds)));
  const choose = (n: number) => {
    const option = plan.placementOptions[n];
    if (option && option.status !== 'EXPIRED' && allQuoted) void run(() => act('inbound:choose-placement', { planId: plan.id, placementOptionId: option.placementOptionId }));
  };
  useAltShortcut('Digit1', () => choose(0));
  useAltShortcut('Digit2', () => choose(1));
  useAltShortcut('Digit3', () => choose(2));

  if (plan.placementOptions.length === 0) return <p className="lead">{t('inbound.waitingPlacement')}</p>;
  return (
    <div>
      <h2>{t('inbound.choosePlacement')}</h2>
      <RegenerateOptions planId={plan.id} kind="placement" expired={optionsExpired(plan.placementOptions, plan.sync.lastError)} />
      <div className="options" data-testid="placement-options">
        {plan.placementOptions.map((option, index) => {
          const ready = allQuoted;
          return (
            <article key={option.placementOptionId} className="card option" data-testid="placement-option" aria-label={t('inbound.optionN', { n: index + 1 })}>
              <h3>
                {t('inbound.optionN', { n: index + 1 })} · {t('inbound.shipmentCount', { count: option.shipmentIds.length })}
              </h3>
              <p className="sub">
                {option.status} · <Countdown until={option.expiresAt} />
              </p>
              <Incentives list={incentives(option.raw)} />
              {placeFirst ? <p className="sub">{t('placeFirst.quotedAfterPacking')}</p> : null}
              {option.shipmentIds.map((shipmentId, s) => {
                const shipment = plan.shipments.find((x) => x.shipmentId === shipmentId);
                return (
                  <div key={shipmentId} className="group">
                    <strong>{t('inbound.shipmentN', { n: s + 1 })}</strong> {shipment ? <span className="sub">{destination(shipment.raw)}</span> : null}
                    {placeFirst ? null : <ShipmentOptionsSummary plan={plan} shipmentId={shipmentId} />}
                  </div>
                );
              })}
              <button type="button" className="big primary" disabled={option.status === 'EXPIRED' || !ready} onClick={() => choose(index)}>
                {ready ? t('inbound.chooseThis') : t('inbound.waitingTransport')} {index < 3 ? <kbd>Alt+{index + 1}</kbd> : null}
              </button>
            </article>
          );
        })}
      </div>
    </div>
  );
}
