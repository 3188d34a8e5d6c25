import { useTranslation } from 'react-i18next';
import type { PlanStep } from '../../../../shared/ipc/inbound';

export function StepBadge({ step }: { step: PlanStep }) {
  const { t } = useTranslation();
  return <span className={`step-badge step-${step}`}>{t(`inbound.steps.${step}`)}</span>;
}
