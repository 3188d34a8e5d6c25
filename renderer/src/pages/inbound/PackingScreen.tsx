import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { usePackingStore } from '../../stores/packing-store';
import { registerScanHandler } from '../../scan/scan-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAltShortcut } from '../../components/use-shortcut';
import { boxesOf, packingTargets, remainingOf } from './packing-targets';
import { OpenBoxPanel } from './OpenBoxPanel';
import { RemainingTable } from './RemainingTable';
import { BoxList } from './BoxList';

/** The packing table: one packing group (or shipment) at a time, scanner first, with what remains in view. */
export function PackingScreen() {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const act = usePlansStore((s) => s.act);
  const { targetId, selectTarget, confirm, confirmPending, dismissPending, scan, refocus } = usePackingStore();
  const targets = useMemo(() => packingTargets(plan), [plan]);
  const target = targets.find((x) => x.id === targetId) ?? targets[0];
  const [submitError, setSubmitError] = useState<string | null>(null);

  useEffect(() => selectTarget(plan.id, target?.id ?? null), [plan.id, target?.id, selectTarget]);
  useEffect(() => registerScanHandler((code) => void scan(code)), [scan]);

  const nextTarget = () => {
    if (targets.length < 2 || !target) return;
    const at = targets.findIndex((x) => x.id === target.id);
    selectTarget(plan.id, targets[(at + 1) % targets.length]!.id);
  };
  useAltShortcut('KeyG', nextTarget, targets.length > 1);

  const submit = async () => {
    setSubmitError(null);
    try {
      await act('inbound:submit-packing', { planId: plan.id });
    } catch (e) {
      setSubmitError(e instanceof Error ? e.message : String(e));
    }
  };
  useAltShortcut('KeyS', () => void submit());

  if (!target) return <p className="lead">{t('inbound.waitingPackingGroups')}</p>;
  const allRemaining = targets.flatMap((x) => remainingOf(plan, x));
  const left = allRemaining.reduce((n, r) => n + Math.max(0, r.remaining), 0);
  const openBoxes = plan.boxes.filter((b) => b.status === 'open').length;

  return (
    <div className="packing">
      <div className="targets" role="tablist" aria-label={target.kind === 'group' ? t('inbound.packingGroups') : t('inbound.shipments')}>
        {targets.map((x, i) => {
          const rows = remainingOf(plan, x);
          const planned = rows.reduce((n, r) => n + r.planned, 0);
          const packed = rows.reduce((n, r) => n + r.packed, 0);
          return (
            <button
              key={x.id}
              type="button"
              role="tab"
              aria-selected={x.id === target.id}
              className={x.id === target.id ? 'big selected' : 'big'}
              onClick={() => {
                selectTarget(plan.id, x.id);
                // The next thing after picking a group is a scan, not another click.
                refocus();
              }}
              data-testid="packing-target"
            >
              {x.kind === 'group' ? t('inbound.groupN', { n: i + 1 }) : x.id} · {packed}/{planned}
            </button>
          );
        })}
        {targets.length > 1 ? <kbd>Alt+G</kbd> : null}
      </div>
      <div className="packing-columns">
        <OpenBoxPanel plan={plan} target={target} />
        <div className="packing-side">
          <RemainingTable plan={plan} rows={remainingOf(plan, target)} />
          <BoxList plan={plan} boxes={boxesOf(plan, target)} />
        </div>
      </div>
      <div className="card submit-bar">
        <span data-testid="packing-left">{left > 0 ? t('inbound.unitsLeft', { count: left }) : openBoxes > 0 ? t('inbound.closeOpenBoxes', { count: openBoxes }) : t('inbound.allPacked')}</span>
        <button type="button" className="big primary" onClick={() => void submit()} disabled={left > 0 || openBoxes > 0}>
          {t('inbound.submitPacking')} <kbd>Alt+S</kbd>
        </button>
        {submitError ? (
          <div role="alert" className="banner error">
            {submitError}
          </div>
        ) : null}
      </div>
      {confirm ? (
        <ConfirmDialog title={t('inbound.overpackTitle')} confirmLabel={t('inbound.overpackConfirm')} danger onCancel={dismissPending} onConfirm={() => void confirmPending()}>
          <p data-testid="overpack-message">{confirm.message}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
