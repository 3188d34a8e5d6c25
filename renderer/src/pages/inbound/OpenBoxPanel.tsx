import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { usePackingStore } from '../../stores/packing-store';
import { savingLines } from '../../stores/optimistic-scan';
import { useAltShortcut } from '../../components/use-shortcut';
import type { PackingTarget } from './packing-targets';
import { CloseBoxForm } from './CloseBoxForm';
import { BoxLines } from './BoxLines';
import { ScanForm } from './ScanForm';

/**
 * The open box, large: the scan field, a colour and a sound for every scan, the box's lines with the last one scanned
 * highlighted, and closing the box. `boxes` are the target's boxes as shown, with scans still being saved.
 */
export function OpenBoxPanel({ plan, target, boxes }: { plan: PlanDetail; target: PackingTarget; boxes: Box[] }) {
  const { t } = useTranslation();
  const chosenBoxId = usePackingStore((s) => s.chosenBoxId);
  const feedback = usePackingStore((s) => s.feedback);
  const pending = usePackingStore((s) => s.pending);
  const openBox = usePackingStore((s) => s.openBox);
  const askClose = usePackingStore((s) => s.askClose);
  const items = plan.items;
  // Only a plan with the same SKU under several expiration dates needs the date of each unit scanned.
  const needsDate = useMemo(() => items.some((i, n) => i.expiration && items.some((j, m) => m !== n && j.msku === i.msku)), [items]);
  const titleOf = useMemo(() => {
    const titles = new Map<string, string>();
    for (const item of items) if (!titles.has(item.msku)) titles.set(item.msku, item.title);
    return titles;
  }, [items]);
  const open = boxes.filter((b) => b.status === 'open');
  const box = open.find((b) => b.id === chosenBoxId) ?? open.at(-1);
  const saving = useMemo(() => (box ? savingLines(box.id, pending) : new Set<string>()), [box, pending]);

  useAltShortcut('KeyN', () => void openBox());
  const closable = box !== undefined && box.lines.length > 0;
  // With the close form shown, Alt+C is its own; before that, the scan that fills the box may still be on its way.
  useAltShortcut('KeyC', askClose, !closable);

  const units = box?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
  return (
    <div className={`card open-box ${feedback ? `edge-${feedback.kind}` : ''}`} data-testid="open-box">
      <div className="open-box-head">
        <h2 data-testid="open-box-title">{box ? t('inbound.boxN', { n: box.number }) : t('inbound.noOpenBox')}</h2>
        <span className="units" data-testid="open-box-units">
          {t('inbound.unitsInBox', { count: units })}
        </span>
        <button type="button" className="big" onClick={() => void openBox()}>
          {t('inbound.newBox')} <kbd>Alt+N</kbd>
        </button>
      </div>
      <ScanForm targetId={target.id} needsDate={needsDate} />
      <div
        key={feedback?.seq ?? 0}
        className={`scan-feedback ${feedback?.kind ?? 'idle'}`}
        role={feedback?.kind === 'error' ? 'alert' : 'status'}
        aria-live="assertive"
        data-testid="scan-feedback"
        data-kind={feedback?.kind ?? 'idle'}
      >
        {feedback ? feedback.text : t('inbound.readyToScan')}
      </div>
      {box ? <BoxLines titleOf={titleOf} box={box} highlight={feedback?.kind === 'ok' ? feedback.msku : undefined} saving={saving} /> : null}
      {box && closable ? <CloseBoxForm key={box.id} plan={plan} box={box} /> : null}
    </div>
  );
}
