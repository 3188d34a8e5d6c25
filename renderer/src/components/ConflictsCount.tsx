import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictsStore } from '../stores/conflicts-store';

/** Status bar: how many changes made elsewhere wait for the user's decision (nothing when none). */
export function ConflictsCount() {
  const { t } = useTranslation();
  const open = useConflictsStore((s) => s.summary?.open ?? 0);
  const loadSummary = useConflictsStore((s) => s.loadSummary);
  useEffect(() => void loadSummary(), [loadSummary]);
  if (open === 0) return null;
  return (
    <span className="warn-text" data-testid="sync-conflicts">
      {t('conflicts.statusBar', { count: open })}
    </span>
  );
}

/** Plans list: the plan's open conflicts, next to its sync state. */
export function PlanConflictsWarning({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const open = useConflictsStore((s) => s.summary?.plans.find((p) => p.planId === planId)?.open ?? 0);
  if (open === 0) return null;
  return (
    <span className="warn-text sub warn-line" data-testid="plan-conflicts">
      {t('conflicts.planWarning', { count: open })}
    </span>
  );
}
