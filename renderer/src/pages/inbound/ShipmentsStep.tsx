import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { destination } from './raw-views';
import { TrackingEntry } from './TrackingEntry';
import { FreightTracking } from './FreightTracking';

const FREIGHT = new Set(['FREIGHT_LTL', 'FREIGHT_FTL']);

/**
 * After transport is confirmed: each shipment with its confirmation id and Amazon's box ids, and the tracking to send.
 * Box labels are printed from Amazon's label documents by the printing step of the station, not from this screen.
 */
export function ShipmentsStep() {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const shipments = plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId);
  const waitingIds = plan.boxes.some((b) => !b.amazonBoxId);

  return (
    <div>
      <h2>{plan.step === 'labels' ? t('inbound.labelsTitle') : t('inbound.trackingTitle')}</h2>
      <p className="banner info" data-testid="labels-note">
        {t('inbound.labelsNote')}
      </p>
      {waitingIds ? <p className="lead">{t('inbound.waitingBoxIds')}</p> : null}
      {shipments.map((shipment, n) => {
        const option = plan.transportationOptions.find((o) => o.transportationOptionId === shipment.transportationOptionId);
        const boxes = plan.boxes.filter((b) => b.shipmentId === shipment.shipmentId);
        const freight = option ? FREIGHT.has(option.shippingMode) : false;
        return (
          <section key={shipment.shipmentId} className="card shipment" data-testid="shipment" data-shipment-id={shipment.shipmentId} aria-label={t('inbound.shipmentN', { n: n + 1 })}>
            <h3>
              {t('inbound.shipmentN', { n: n + 1 })} · <span data-testid="confirmation-id">{shipment.confirmationId ?? t('inbound.noConfirmationYet')}</span>
            </h3>
            <p className="sub">
              {shipment.shipmentId} · {destination(shipment.raw)} · {shipment.status ?? ''}
              {option ? ` · ${t(`inbound.mode.${option.shippingMode}`, { defaultValue: option.shippingMode })} · ${t(`inbound.solution.${option.shippingSolution}`, { defaultValue: option.shippingSolution })}` : ''}
            </p>
            {freight ? <FreightTracking planId={plan.id} shipmentId={shipment.shipmentId} boxes={boxes} /> : <TrackingEntry planId={plan.id} shipmentId={shipment.shipmentId} boxes={boxes} />}
          </section>
        );
      })}
    </div>
  );
}
