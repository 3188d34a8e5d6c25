import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfterShipment, ContentUpdateBox, StationProblem } from '../../../../../shared/ipc/inbound-after';
import { useInboundAfterStore } from '../../../stores/inbound-after-store';
import { useAltShortcut } from '../../../components/use-shortcut';
import { BoxEditor } from './BoxEditor';
import { PreviewCard } from './PreviewCard';

const WAITING = new Set(['requested', 'generated', 'confirming', 'confirmed']);

function startingSet(shipment: AfterShipment): ContentUpdateBox[] {
  return shipment.boxes.map((b) => ({
    boxId: b.id,
    contentSource: b.contentSource,
    weight: b.weight ?? { value: 1, unit: 'LB' },
    dimensions: b.dimensions ?? { length: 12, width: 10, height: 8, unit: 'IN' },
    lines: b.lines.map((l) => ({ ...l })),
  }));
}

/**
 * The shipment's boxes edited as a whole set, then Amazon's preview of that set with its cost; the boxes change only
 * when the packer confirms the preview. Amazon's limits are checked by main before anything is sent.
 */
export function ContentUpdatePanel({ planId, shipment, online, run }: { planId: string; shipment: AfterShipment; online: boolean; run(work: () => Promise<unknown>): Promise<void> }) {
  const { t } = useTranslation();
  const { requestPreview, act } = useInboundAfterStore();
  const [draft, setDraft] = useState<ContentUpdateBox[] | null>(null);
  const [problems, setProblems] = useState<StationProblem[]>([]);
  // The station's own checks in the packer's language; anything else in the station's words.
  const problemText = (p: StationProblem) => (p.facts ? String(t(`inboundAfter.problem.${p.code}`, { ...p.facts, defaultValue: p.message })) : p.message);
  const update = shipment.contentUpdate;
  const waiting = update !== null && WAITING.has(update.state);
  const previewed = update?.state === 'previewed' ? update : null;

  const edit = () => {
    setProblems([]);
    setDraft(startingSet(shipment));
  };
  const send = () =>
    draft &&
    run(async () => {
      const cleaned = draft.map((b) => ({ ...b, lines: b.lines.filter((l) => l.quantity > 0) }));
      const refused = await requestPreview({ planId, shipmentId: shipment.shipmentId, boxes: cleaned });
      setProblems(refused);
      if (refused.length === 0) setDraft(null);
    });
  const confirm = () => previewed && run(() => act('inbound-after:confirm-preview', { planId, updateId: previewed.id }));
  const discard = () => update && run(() => act('inbound-after:discard-update', { planId, updateId: update.id }));

  useAltShortcut('KeyM', edit, draft === null && !waiting && !previewed);
  useAltShortcut('KeyV', () => void send(), draft !== null);
  useAltShortcut('KeyY', () => void confirm(), previewed !== null);
  useAltShortcut('KeyZ', () => void discard(), previewed !== null || update?.state === 'refused');

  return (
    <div className="after-panel" data-testid="content-update">
      <h4>{t('inboundAfter.contents.title')}</h4>
      {waiting ? (
        <p role="status" className={online ? 'lead' : 'banner waiting'} data-testid="content-update-waiting">
          {online ? t(`inboundAfter.contents.state.${update.state}`) : t('inboundAfter.contents.needsConnection')}
        </p>
      ) : null}
      {update?.state === 'refused' ? (
        <div role="alert" className="banner error" data-testid="content-update-refused">
          {t('inboundAfter.contents.refused')} {update.problems.map((p) => p.message).join(' ')}
          <button type="button" className="big" onClick={() => void discard()}>
            {t('inboundAfter.contents.discard')} <kbd>Alt+Z</kbd>
          </button>
        </div>
      ) : null}
      {update?.state === 'applied' ? <p className="lead" data-testid="content-update-applied">{t('inboundAfter.contents.applied')}</p> : null}
      {previewed ? <PreviewCard update={previewed} onConfirm={() => void confirm()} onDiscard={() => void discard()} /> : null}
      {draft ? (
        <>
          {!online ? (
            <p role="status" className="banner waiting" data-testid="content-update-offline">
              {t('inboundAfter.contents.needsConnection')}
            </p>
          ) : null}
          <BoxEditor boxes={draft} shipment={shipment} onChange={setDraft} />
          {problems.length > 0 ? (
            <ul role="alert" className="problems" data-testid="content-update-problems">
              {problems.map((p, i) => (
                <li key={`${p.code}-${i}`} className="error-text">
                  {problemText(p)}
                </li>
              ))}
            </ul>
          ) : null}
          <div className="actions">
            <button type="button" className="big primary" onClick={() => void send()}>
              {t('inboundAfter.contents.requestPreview')} <kbd>Alt+V</kbd>
            </button>
            <button type="button" className="big" onClick={() => setDraft(null)}>
              {t('inboundAfter.contents.stopEditing')}
            </button>
          </div>
        </>
      ) : !waiting && !previewed ? (
        <button type="button" className="big" onClick={edit}>
          {t('inboundAfter.contents.edit')} <kbd>Alt+M</kbd>
        </button>
      ) : null}
    </div>
  );
}
