import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboundConflict } from '../../../../shared/ipc/conflicts';
import { useConflictsStore } from '../../stores/conflicts-store';
import { usePlansStore } from '../../stores/plans-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';

type Json = InboundConflict['localValue'];

const isRecord = (v: Json): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One side of a conflict in words: names and ids as they are, box sets and plan states summarised. */
function ValueText({ conflict, value }: { conflict: InboundConflict; value: Json }) {
  const { t } = useTranslation();
  if (conflict.field === 'status') {
    if (value === 'VOIDED') return <>{t('conflicts.value.voided')}</>;
    if (isRecord(value)) {
      const queued = Array.isArray(value.queued) ? value.queued.length : 0;
      return <>{t('conflicts.value.openWork', { step: String(value.step), boxes: Number(value.boxes ?? 0), queued })}</>;
    }
  }
  if (conflict.field === 'boxes' && isRecord(value) && isRecord(value.units ?? null)) {
    const units = Object.values(value.units as { [key: string]: Json }).reduce<number>((n, u) => n + Number(u), 0);
    return <>{t('conflicts.value.boxes', { boxes: Number(value.boxes), units })}</>;
  }
  if (Array.isArray(value)) return <>{t('conflicts.value.options', { count: value.length, ids: value.join(', ') })}</>;
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
}

/**
 * Open conflicts of the plan on screen: what the station holds, what Amazon holds, and the two ways out. "Keep mine"
 * is offered only where Amazon takes the value again; otherwise the reason is shown. "Keep Amazon's" asks first when it
 * discards changes queued at the station.
 */
export function ConflictsPanel({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const { conflicts, load, check, resolve } = useConflictsStore();
  const loadPlan = usePlansStore((s) => s.loadPlan);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<InboundConflict | null>(null);

  useEffect(() => void load(planId), [load, planId]);

  const work = async (task: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await task();
      await loadPlan();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const runCheck = () =>
    work(async () => {
      setNote(t('conflicts.checking'));
      const merged = await check(planId);
      setNote(merged.length > 0 ? t('conflicts.merged', { fields: merged.map((f) => t(`conflicts.field.${f}`)).join(', ') }) : null);
    });
  const keepAmazon = (conflict: InboundConflict) => {
    if (conflict.keepAmazonDiscards.length > 0) setConfirming(conflict);
    else void work(() => resolve(conflict.id, 'keep_amazon', false));
  };
  const mine = conflicts.filter((c) => c.planId === planId);

  return (
    <section className="card conflicts-panel" aria-labelledby="conflicts-title" data-testid="conflicts-panel">
      <div className="page-head">
        <h2 id="conflicts-title">
          {t('conflicts.title')} {mine.length > 0 ? <span className="warn-text">({t('conflicts.planWarning', { count: mine.length })})</span> : null}
        </h2>
        <button type="button" className="small" disabled={busy} onClick={() => void runCheck()} data-testid="conflicts-check">
          {t('conflicts.check')}
        </button>
      </div>
      {mine.length > 0 ? <p className="sub">{t('conflicts.help')}</p> : null}
      {note ? <p role="status">{note}</p> : null}
      {error ? (
        <div role="alert" className="banner error">
          {error}
        </div>
      ) : null}
      <ul className="conflicts">
        {mine.map((conflict) => (
          <li key={conflict.id} data-testid="conflict" data-field={conflict.field}>
            <strong>
              {t(`conflicts.entity.${conflict.entityKind}`, { id: conflict.entityId })} · {t(`conflicts.field.${conflict.field}`)}
            </strong>{' '}
            <span className="sub">{t('conflicts.detected', { time: new Date(conflict.detectedAt).toLocaleString(i18n.language) })}</span>
            <dl>
              <dt>{t('conflicts.local')}</dt>
              <dd data-testid="conflict-local">
                <ValueText conflict={conflict} value={conflict.localValue} />
              </dd>
              <dt>{t('conflicts.amazon')}</dt>
              <dd data-testid="conflict-amazon">
                <ValueText conflict={conflict} value={conflict.amazonValue} />
              </dd>
            </dl>
            <div className="actions">
              <button type="button" className="big" disabled={busy} onClick={() => keepAmazon(conflict)}>
                {t('conflicts.keepAmazon')}
              </button>
              {conflict.keepLocal.available ? (
                <button type="button" className="big primary" disabled={busy} onClick={() => void work(() => resolve(conflict.id, 'keep_local', false))}>
                  {t('conflicts.keepMine')}
                </button>
              ) : (
                <p className="sub" data-testid="keep-mine-unavailable">
                  {t('conflicts.keepMineUnavailable', { reason: conflict.keepLocal.reason ?? '' })}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
      {confirming ? (
        <ConfirmDialog
          title={t('conflicts.discardTitle')}
          confirmLabel={t('conflicts.discardConfirm')}
          danger
          busy={busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const conflict = confirming;
            setConfirming(null);
            void work(() => resolve(conflict.id, 'keep_amazon', true));
          }}
        >
          <p>{t('conflicts.discardText', { count: confirming.keepAmazonDiscards.length, ops: confirming.keepAmazonDiscards.map((d) => d.op.replace(/^inbound\./, '')).join(', ') })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
