import { memo, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import { usePackingStore } from '../../stores/packing-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAltShortcut } from '../../components/use-shortcut';

const units = (box: Box) => box.lines.reduce((n, l) => n + l.quantity, 0);

/**
 * The group's boxes, newest first, with "repeat ×N" for identical cartons, reopen and delete. Memoised: it draws again
 * when a box of its group changes, and then only that box's row.
 */
export const BoxList = memo(function BoxList({ planName, boxes }: { planName: string; boxes: Box[] }) {
  const { t } = useTranslation();
  const repeatBox = usePackingStore((s) => s.repeatBox);
  const deleteBox = usePackingStore((s) => s.deleteBox);
  const closed = useMemo(() => boxes.filter((b) => b.status === 'closed'), [boxes]);
  const newestFirst = useMemo(() => [...boxes].reverse(), [boxes]);
  const totalUnits = useMemo(() => boxes.reduce((n, b) => n + units(b), 0), [boxes]);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const source = closed.find((b) => b.id === sourceId) ?? closed.at(-1);
  const [times, setTimes] = useState('1');
  const [deleting, setDeleting] = useState<Box | null>(null);
  const timesRef = useRef<HTMLInputElement>(null);

  useAltShortcut('KeyR', () => timesRef.current?.focus(), source !== undefined);

  const repeat = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(times);
    if (!source || !Number.isInteger(n) || n < 1 || n > 500) return;
    void repeatBox(source.id, n).then(() => setTimes('1'));
  };

  return (
    <div className="card box-list">
      <h2>
        {t('inbound.boxesInGroup', { count: boxes.length })} <span className="sub">{t('inbound.unitsInBoxes', { count: totalUnits })}</span>
      </h2>
      {source ? (
        <form className="inline-form repeat-form" onSubmit={repeat} aria-label={t('inbound.repeatBox')}>
          <span>{t('inbound.repeatBoxN', { n: source.number })}</span>
          <label className="narrow">
            {t('inbound.times')} <kbd>Alt+R</kbd>
            <input ref={timesRef} name="repeat-times" inputMode="numeric" value={times} onChange={(e) => setTimes(e.target.value)} autoComplete="off" />
          </label>
          <button type="submit" className="big">
            {t('inbound.repeat')} <kbd>Enter</kbd>
          </button>
        </form>
      ) : null}
      <div className="scroll">
        <table className="grid compact" aria-label={t('inbound.boxes')}>
          <tbody>
            {newestFirst.map((box) => (
              <BoxRow key={box.id} box={box} isSource={source?.id === box.id} onSource={setSourceId} onDelete={setDeleting} />
            ))}
          </tbody>
        </table>
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('inbound.deleteBoxTitle', { n: deleting.number })}
          confirmLabel={t('inbound.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const box = deleting;
            setDeleting(null);
            void deleteBox(box.id);
          }}
        >
          <p>{t('inbound.deleteBoxText', { count: units(deleting), plan: planName })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
});

interface RowProps {
  box: Box;
  isSource: boolean;
  onSource(boxId: string): void;
  onDelete(box: Box): void;
}

/**
 * One box. Memoised: a scan replaces only the box it changed, so with hundreds of boxes on screen the other rows are
 * not rendered again.
 */
const BoxRow = memo(function BoxRow({ box, isSource, onSource, onDelete }: RowProps) {
  const { t } = useTranslation();
  const reopenBox = usePackingStore((s) => s.reopenBox);
  const chooseBox = usePackingStore((s) => s.chooseBox);
  return (
    <tr data-testid="box-row" data-number={box.number} data-status={box.status} className={box.status === 'open' ? 'open' : ''}>
      <td>
        <strong>{t('inbound.boxN', { n: box.number })}</strong>
        <div className="sub">
          {t('inbound.unitsInBox', { count: units(box) })}
          {box.weight ? ` · ${box.weight.value} ${box.weight.unit.toLowerCase()}` : ''}
          {box.dimensions ? ` · ${box.dimensions.length}×${box.dimensions.width}×${box.dimensions.height} ${box.dimensions.unit.toLowerCase()}` : ''}
        </div>
      </td>
      <td className="row-actions">
        {box.status === 'open' ? (
          <button type="button" className="small" onClick={() => chooseBox(box.id)}>
            {t('inbound.packHere')}
          </button>
        ) : (
          <>
            <button type="button" className="small" onClick={() => onSource(box.id)} aria-pressed={isSource}>
              {t('inbound.repeat')}
            </button>
            <button type="button" className="small" onClick={() => void reopenBox(box.id)}>
              {t('inbound.reopen')}
            </button>
          </>
        )}
        <button type="button" className="small danger" onClick={() => onDelete(box)}>
          {t('inbound.delete')}
        </button>
      </td>
    </tr>
  );
});
