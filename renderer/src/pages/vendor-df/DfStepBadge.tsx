import { useTranslation } from 'react-i18next';
import type { DfStep } from '../../../../shared/ipc/vendor-df';

export function DfStepBadge({ step }: { step: DfStep }) {
  const { t } = useTranslation();
  return <span className={`df-step-badge df-step-${step}`}>{t(`df.steps.${step}`)}</span>;
}
