import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictsStore } from '../../stores/conflicts-store';
import { usePlansStore } from '../../stores/plans-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/** Whether Amazon's offers on screen have run out, or the plan's last sync error says a confirmation expired. */
export function optionsExpired(options: readonly { status: string; expiresAt: string | null }[], lastError: string | null): boolean {
  const now = Date.now();
  return options.some((o) => o.status === 'EXPIRED' || (o.expiresAt !== null && Date.parse(o.expiresAt) <= now)) || /expired/i.test(lastError ?? '');
}

interface Props {
  planId: string;
  kind: 'packing' | 'placement' | 'transport';
  /** The shown options include an expired one: the button is the way forward, so it stands out. */
  expired?: boolean;
}

/**
 * "Regenerate options" where a step shows Amazon's options: asks first (the current options and the choice made from
 * them are dropped), then says which earlier choice is gone until the new options arrive.
 */
export function RegenerateOptions({ planId, kind, expired = false }: Props) {
  const { t } = useTranslation();
  const regenerate = useConflictsStore((s) => s.regenerate);
  const last = useConflictsStore((s) => (s.regenerated?.planId === planId && s.regenerated.kind === kind ? s.regenerated : null));
  const loadPlan = usePlansStore((s) => s.loadPlan);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const go = async () => {
    setAsking(false);
    setBusy(true);
    setError(null);
    try {
      await regenerate(planId, kind);
      await loadPlan();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="regenerate-options" data-testid={`regenerate-${kind}`}>
      <button type="button" className={expired ? 'big primary' : 'small'} disabled={busy} onClick={() => setAsking(true)} title={t('conflicts.regenerate.help')}>
        {busy ? t('conflicts.regenerate.busy') : t('conflicts.regenerate.button')}
      </button>
      {last ? (
        <p role="status" className="warn-text">
          {last.previousChoice ? t('conflicts.regenerate.choiceGone', { choice: last.previousChoice }) : t('conflicts.regenerate.done')}
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="banner error">
          {error}
        </div>
      ) : null}
      {asking ? (
        <ConfirmDialog title={t('conflicts.regenerate.confirmTitle')} confirmLabel={t('conflicts.regenerate.confirm')} onCancel={() => setAsking(false)} onConfirm={() => void go()}>
          <p>{t('conflicts.regenerate.confirmText')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
