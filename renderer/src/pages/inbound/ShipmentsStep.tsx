import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchTracking } from '../../../../shared/scan';
import { usePlansStore } from '../../stores/plans-store';
import { registerScanHandler } from '../../scan/scan-router';
import { beep } from '../../scan/beep';
import { destination } from './raw-views';
import { TrackingEntry, type TrackingMessage } from './TrackingEntry';
import { FreightTracking } from './FreightTracking';
import { ShipmentLabels } from './ShipmentLabels';
import { palletCount } from '../../../../shared/inbound/freight';
import { usePlanFreight } from './use-plan-freight';

/**
 * After transport is confirmed: each shipment with its confirmation id and Amazon's box ids, and the tracking to send.
 *
 * Small parcel tracking is paired by scanning: a box's label (its Amazon box id) arms that box, and the next scan is
 * its carrier tracking number. Pairing goes by box id, never by the order of the boxes.
 */
export function ShipmentsStep() {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const shipments = plan.shipments.filter((s) => s.placementOptionId === plan.placementOptionId);
  const waitingIds = plan.boxes.some((b) => !b.amazonBoxId);
  // Place first: the pallets entered per shipment (pallet labels) and the PRO/BOL already sent.
  const { freight: freightInfo } = usePlanFreight(plan.id, plan.updatedAt);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [armed, setArmed] = useState<{ shipmentId: string; boxId: string } | null>(null);
  const [messages, setMessages] = useState<Record<string, TrackingMessage | null>>({});

  const say = (shipmentId: string, message: TrackingMessage) => {
    setMessages((m) => ({ ...m, [shipmentId]: message }));
    beep(message.kind);
  };

  const onScan = (raw: string) => {
    const code = raw.trim();
    const box = plan.boxes.find((b) => b.amazonBoxId === code);
    const partnered = (shipmentId: string) => {
      const chosen = plan.shipments.find((x) => x.shipmentId === shipmentId)?.transportationOptionId;
      return plan.transportationOptions.find((o) => o.transportationOptionId === chosen)?.shippingSolution === 'AMAZON_PARTNERED_CARRIER';
    };
    if (box?.shipmentId && partnered(box.shipmentId)) {
      say(box.shipmentId, { kind: 'error', text: t('inbound.partneredTracking') });
      return;
    }
    if (box?.shipmentId) {
      setArmed({ shipmentId: box.shipmentId, boxId: code });
      say(box.shipmentId, { kind: 'ok', text: t('inbound.nowScanTracking', { box: code }) });
      return;
    }
    if (!armed) {
      const first = shipments[0];
      if (first) say(first.shipmentId, { kind: 'error', text: t('inbound.scanBoxFirst', { code }) });
      return;
    }
    const match = matchTracking(code);
    if (match && !match.ok) {
      // A carrier format with a wrong check digit is a misread, not a tracking number.
      say(armed.shipmentId, { kind: 'error', text: t('inbound.trackingMisread', { tracking: code, carrier: match.service, message: match.error.message }) });
      return;
    }
    setDrafts((d) => ({ ...d, [armed.boxId]: code }));
    setArmed(null);
    say(armed.shipmentId, { kind: 'ok', text: t('inbound.trackingPaired', { box: armed.boxId, tracking: code, carrier: match?.ok ? match.match.service : '' }) });
  };
  const scanRef = useRef(onScan);
  scanRef.current = onScan;
  useEffect(() => registerScanHandler((code) => scanRef.current(code)), []);
  const [typed, setTyped] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = (fieldRef.current?.value ?? typed).trim();
    setTyped('');
    if (value) onScan(value);
  };

  return (
    <div>
      <h2>{plan.step === 'labels' ? t('inbound.labelsTitle') : t('inbound.trackingTitle')}</h2>
      <p className="banner info" data-testid="labels-note">
        {t('inbound.labelsNote')}
      </p>
      {waitingIds ? <p className="lead">{t('inbound.waitingBoxIds')}</p> : null}
      <form className="scan-form" onSubmit={submit} aria-label={t('inbound.trackingScanForm')}>
        <label className="grow">
          {t('inbound.trackingScan')}
          <input ref={fieldRef} name="tracking-scan" data-scan-field="" className="scan-input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" className="big primary">
          {t('inbound.add')} <kbd>Enter</kbd>
        </button>
      </form>
      {shipments.map((shipment, n) => {
        const option = plan.transportationOptions.find((o) => o.transportationOptionId === shipment.transportationOptionId);
        const boxes = plan.boxes.filter((b) => b.shipmentId === shipment.shipmentId);
        // LTL and FTL travel on a PRO and bill of lading, not one tracking number per box.
        const freight = option?.shippingMode.startsWith('FREIGHT_') ?? false;
        return (
          <section key={shipment.shipmentId} className="card shipment" data-testid="shipment" data-shipment-id={shipment.shipmentId} aria-label={t('inbound.shipmentN', { n: n + 1 })}>
            <h3>
              {t('inbound.shipmentN', { n: n + 1 })} · <span data-testid="confirmation-id">{shipment.confirmationId ?? t('inbound.noConfirmationYet')}</span>
            </h3>
            <p className="sub">
              {shipment.shipmentId} · {destination(shipment.raw)} · {shipment.status ?? ''}
              {option ? ` · ${t(`inbound.mode.${option.shippingMode}`, { defaultValue: option.shippingMode })} · ${t(`inbound.solution.${option.shippingSolution}`, { defaultValue: option.shippingSolution })}` : ''}
            </p>
            <ShipmentLabels
              key={`${shipment.shipmentId}-${freightInfo ? 'freight' : 'none'}`}
              planId={plan.id}
              shipmentId={shipment.shipmentId}
              freight={freight}
              ready={Boolean(shipment.confirmationId) && boxes.every((b) => b.amazonBoxId)}
              pallets={palletCount(freightInfo?.shipments.find((f) => f.shipmentId === shipment.shipmentId)?.pallets ?? []) || undefined}
              billOfLading={option?.shippingSolution === 'AMAZON_PARTNERED_CARRIER'}
            />
            {freight ? (
              <FreightTracking
                key={freightInfo ? 'loaded' : 'loading'}
                planId={plan.id}
                shipmentId={shipment.shipmentId}
                boxes={boxes}
                sent={freightInfo?.tracking.find((x) => x.shipmentId === shipment.shipmentId)}
              />
            ) : (
              <TrackingEntry
                planId={plan.id}
                shipmentId={shipment.shipmentId}
                boxes={boxes}
                drafts={drafts}
                setDraft={(boxId, tracking) =>
                  setDrafts((d) => {
                    const next = { ...d };
                    if (tracking === null) delete next[boxId];
                    else next[boxId] = tracking;
                    return next;
                  })
                }
                armed={armed?.shipmentId === shipment.shipmentId ? armed.boxId : null}
                message={messages[shipment.shipmentId] ?? null}
                setMessage={(m) => setMessages((all) => ({ ...all, [shipment.shipmentId]: m }))}
                refocus={() => fieldRef.current?.focus()}
                partnered={option?.shippingSolution === 'AMAZON_PARTNERED_CARRIER'}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
