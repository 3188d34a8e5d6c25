import { useTranslation } from 'react-i18next';
import type { RetailStep } from '../../../../shared/ipc/retail';

const TONE: Record<RetailStep, string> = { building: 'new', submitted: 'labelled', confirmed: 'shipped', rejected: 'cancelled' };

export function RetailStepBadge({ step }: { step: RetailStep }) {
  const { t } = useTranslation();
  return (
    <span className={`df-step-badge df-step-${TONE[step]}`} data-testid="retail-step" data-step={step}>
      {t(`retail.steps.${step}`)}
    </span>
  );
}
