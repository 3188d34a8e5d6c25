import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { Countdown } from './Countdown';
import { destination, quote } from './raw-views';
import { TransportLabel, windowText } from './transport-views';
import { FreightDetails, OptionalFreightDetails } from './FreightDetails';
import { RegenerateOptions, optionsExpired } from './RegenerateOptions';

interface Props {
  run(work: () => Promise<unknown>): Promise<void>;
}

type Selection = { transportationOptionId: string; deliveryWindowOptionId?: string };

/** Transport per shipment of the chosen placement, and its delivery window when the seller's own carrier takes it. */
export function TransportStep({ run }: Props) {
  const { t, i18n } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const act = usePlansStore((s) => s.act);
  const shipments = plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId);
  const [chosen, setChosen] = useState<Record<string, Selection>>({});

  const selectionOf = (shipmentId: string): Selection | undefined => {
    // A pick among options that were regenerated since is gone with them.
    const picked = chosen[shipmentId];
    if (picked && plan.transportationOptions.some((o) => o.transportationOptionId === picked.transportationOptionId)) return picked;
    // Until the packer picks, the first small-parcel option (or the first option) and the earliest window are proposed.
    const options = plan.transportationOptions.filter((o) => o.shipmentId === shipmentId);
    const first = options.find((o) => o.shippingMode === 'GROUND_SMALL_PARCEL') ?? options[0];
    const window = plan.deliveryWindows.filter((w) => w.shipmentId === shipmentId).sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
    return first ? { transportationOptionId: first.transportationOptionId, ...(window ? { deliveryWindowOptionId: window.deliveryWindowOptionId } : {}) } : undefined;
  };

  // The seller's own carrier needs a delivery window, and so does any option that lists one among its preconditions (partnered LTL).
  const needsWindow = (transportationOptionId: string) => {
    const option = plan.transportationOptions.find((o) => o.transportationOptionId === transportationOptionId);
    const preconditions = option?.raw.preconditions;
    return option?.shippingSolution === 'USE_YOUR_OWN_CARRIER' || (Array.isArray(preconditions) && preconditions.includes('CONFIRMED_DELIVERY_WINDOW'));
  };
  const selections = shipments.map((s) => ({ shipmentId: s.shipmentId, selection: selectionOf(s.shipmentId) }));
  // The chosen placement's shipments are fetched after it is confirmed; transport is chosen once that is done.
  const complete = plan.sync.pending === 0 && selections.length > 0 && selections.every(({ selection }) => selection && (!needsWindow(selection.transportationOptionId) || selection.deliveryWindowOptionId));

  const confirm = () => {
    if (!complete) return;
    void run(() =>
      act('inbound:choose-transport', {
        planId: plan.id,
        selections: selections.map(({ shipmentId, selection }) => ({
          shipmentId,
          transportationOptionId: selection!.transportationOptionId,
          ...(needsWindow(selection!.transportationOptionId) && selection!.deliveryWindowOptionId ? { deliveryWindowOptionId: selection!.deliveryWindowOptionId } : {}),
        })),
      }),
    );
  };
  useAltShortcut('Enter', confirm, complete);

  if (shipments.length === 0) return <p className="lead">{t('inbound.waitingShipments')}</p>;
  return (
    <div>
      <h2>{t('inbound.chooseTransport')}</h2>
      {/* Until placement is confirmed on Amazon (its confirmation may have failed as expired), its options can be regenerated too. */}
      {plan.confirmationIds.length === 0 ? <RegenerateOptions planId={plan.id} kind="placement" expired={optionsExpired(plan.placementOptions, plan.sync.lastError)} /> : null}
      <RegenerateOptions planId={plan.id} kind="transport" expired={/expired/i.test(plan.sync.lastError ?? '')} />
      {plan.flow === 'place_first' ? <FreightDetails plan={plan} /> : <OptionalFreightDetails plan={plan} />}
      {shipments.map((shipment, n) => {
        const options = plan.transportationOptions.filter((o) => o.shipmentId === shipment.shipmentId);
        const windows = plan.deliveryWindows.filter((w) => w.shipmentId === shipment.shipmentId).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        const selection = selectionOf(shipment.shipmentId);
        const set = (patch: Partial<Selection>) =>
          setChosen((c) => ({ ...c, [shipment.shipmentId]: { ...(selection ?? { transportationOptionId: '' }), ...patch } as Selection }));
        return (
          <fieldset key={shipment.shipmentId} className="card transport" data-testid="transport-shipment">
            <legend>
              {t('inbound.shipmentN', { n: n + 1 })} · {shipment.shipmentId} <span className="sub">{destination(shipment.raw)}</span>
            </legend>
            <div className="choices">
              {options.length === 0 && plan.flow === 'place_first' ? <span className="sub">{t('placeFirst.waitingQuotes')}</span> : null}
              {options.map((o) => (
                <label key={o.transportationOptionId} className="choice block">
                  <input
                    type="radio"
                    name={`transport-${shipment.shipmentId}`}
                    checked={selection?.transportationOptionId === o.transportationOptionId}
                    onChange={() => set({ transportationOptionId: o.transportationOptionId })}
                  />
                  <span>
                    <TransportLabel option={o} />
                    <span className="sub">
                      {' '}
                      <Countdown until={quote(o.raw).expiration} />
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {selection && needsWindow(selection.transportationOptionId) ? (
              <div className="choices">
                <strong>{t('inbound.deliveryWindow')}</strong>
                {windows.map((w) => (
                  <label key={w.deliveryWindowOptionId} className="choice block">
                    <input
                      type="radio"
                      name={`window-${shipment.shipmentId}`}
                      checked={selection.deliveryWindowOptionId === w.deliveryWindowOptionId}
                      onChange={() => set({ deliveryWindowOptionId: w.deliveryWindowOptionId })}
                    />
                    <span>
                      {windowText(w, i18n.language)} <Countdown until={w.validUntil} />
                    </span>
                  </label>
                ))}
                {windows.length === 0 ? <span className="sub">{t('inbound.waitingWindows')}</span> : null}
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" className="big primary" disabled={!complete} onClick={confirm}>
          {t('inbound.confirmTransport')} <kbd>Alt+Enter</kbd>
        </button>
      </div>
    </div>
  );
}
