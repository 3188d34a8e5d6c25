import { useTranslation } from 'react-i18next';
import type { McfStep } from '../../../../shared/ipc/mcf';

const DONE: McfStep[] = ['complete'];
const STOPPED: McfStep[] = ['cancelled', 'cancelling', 'unfulfillable'];

export function McfStepBadge({ step }: { step: McfStep }) {
  const { t } = useTranslation();
  const tone = DONE.includes(step) ? 'shipped' : STOPPED.includes(step) ? 'cancelled' : 'new';
  return (
    <span className={`df-step-badge df-step-${tone}`} data-testid="mcf-step" data-step={step}>
      {t(`mcf.steps.${step}`)}
    </span>
  );
}
