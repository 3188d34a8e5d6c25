import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { usePackingStore } from '../../stores/packing-store';
import { registerScanHandler } from '../../scan/scan-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAltShortcut } from '../../components/use-shortcut';
import { boxesWithPending } from '../../stores/optimistic-scan';
import { boxesOf, packingTargets, remainingOf } from './packing-targets';
import { OpenBoxPanel } from './OpenBoxPanel';
import { RemainingTable } from './RemainingTable';
import { BoxList } from './BoxList';

/**
 * The packing table: one packing group (or shipment) at a time, scanner first, with what remains in view.
 *
 * A scan changes one box, so everything here is derived in steps that keep the identity of what did not change (the
 * targets, the other boxes, the rows of other MSKUs) and the lists below draw again only the box line and the
 * remaining row the scan touched, even with hundreds of boxes and items on screen. Memoised without props: the plan
 * screen around it draws again on every plan change, this screen only on what it reads.
 */
export const PackingScreen = memo(function PackingScreen() {
  const { t } = useTranslation();
  const stored = usePlansStore((s) => s.plan)!;
  const act = usePlansStore((s) => s.act);
  const targetId = usePackingStore((s) => s.targetId);
  const selectTarget = usePackingStore((s) => s.selectTarget);
  const confirm = usePackingStore((s) => s.confirm);
  const confirmPending = usePackingStore((s) => s.confirmPending);
  const dismissPending = usePackingStore((s) => s.dismissPending);
  const scan = usePackingStore((s) => s.scan);
  const refocus = usePackingStore((s) => s.refocus);
  const pending = usePackingStore((s) => s.pending);
  // The plan as the packer sees it: the station's boxes with the scans it is still committing.
  const shownBoxes = useMemo(() => boxesWithPending(stored.boxes, pending), [stored.boxes, pending]);
  const plan = useMemo(() => (shownBoxes === stored.boxes ? stored : { ...stored, boxes: shownBoxes }), [stored, shownBoxes]);
  const { flow, packingOptionId, packingOptions, packingGroups, items, shipments, placementOptionId } = stored;
  // Targets depend on the plan's options, groups, items and shipments, never on its boxes: a scan leaves them as they are.
  const targets = useMemo(
    () => packingTargets({ ...stored, flow, packingOptionId, packingOptions, packingGroups, items, shipments, placementOptionId }),
    [flow, packingOptionId, packingOptions, packingGroups, items, shipments, placementOptionId],
  );
  const target = targets.find((x) => x.id === targetId) ?? targets[0];
  const rowsOf = useMemo(() => new Map(targets.map((x) => [x.id, remainingOf(plan, x)])), [targets, plan]);
  const targetBoxes = useMemo(() => (target ? boxesOf(plan, target) : []), [plan, target]);
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
  const left = targets.reduce((sum, x) => (rowsOf.get(x.id) ?? []).reduce((n, r) => n + Math.max(0, r.remaining), sum), 0);
  const openBoxes = plan.boxes.filter((b) => b.status === 'open').length;

  return (
    <div className="packing">
      <div className="targets" role="tablist" aria-label={target.kind === 'group' ? t('inbound.packingGroups') : t('inbound.shipments')}>
        {targets.map((x, i) => {
          const rows = rowsOf.get(x.id) ?? [];
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
        <OpenBoxPanel plan={plan} target={target} boxes={targetBoxes} />
        <div className="packing-side">
          <RemainingTable items={items} rows={rowsOf.get(target.id) ?? []} />
          <BoxList planName={plan.name} boxes={targetBoxes} />
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
});
