import { useTranslation } from 'react-i18next';
import type { Flow, PlanStep } from '../../../../shared/ipc/inbound';

const ORDER: Record<Flow, PlanStep[]> = {
  pack_first: ['creating', 'choose_packing', 'packing', 'placement', 'transport', 'labels', 'tracking'],
  place_first: ['creating', 'placement', 'packing', 'transport', 'labels', 'tracking'],
};

/** Where the plan stands in Amazon's required order, for the flow it follows. */
export function StepProgress({ flow, step }: { flow: Flow; step: PlanStep }) {
  const { t } = useTranslation();
  const order = ORDER[flow];
  const at = order.indexOf(step);
  return (
    <ol className="step-progress" aria-label={t('inbound.step')} data-testid="plan-step" data-step={step}>
      {order.map((s, i) => (
        <li key={s} className={i < at || step === 'shipped' ? 'done' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
          {t(`inbound.steps.${s}`)}
        </li>
      ))}
      {step === 'cancelled' || step === 'shipped' ? (
        <li className="current" aria-current="step">
          {t(`inbound.steps.${step}`)}
        </li>
      ) : null}
    </ol>
  );
}
