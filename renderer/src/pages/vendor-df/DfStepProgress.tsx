import { useTranslation } from 'react-i18next';
import type { DfStep } from '../../../../shared/ipc/vendor-df';
import { DF_STEPS } from './df-groups';

/** Where the order stands: new → acknowledged → packing → labelled → shipped. */
export function DfStepProgress({ step }: { step: DfStep }) {
  const { t } = useTranslation();
  const at = DF_STEPS.indexOf(step);
  return (
    <ol className="df-progress" aria-label={t('df.step')} data-testid="df-step" data-step={step}>
      {DF_STEPS.map((s, i) => (
        <li key={s} className={i < at || step === 'shipped' ? 'done' : i === at ? 'current' : ''} aria-current={i === at ? 'step' : undefined}>
          {t(`df.steps.${s}`)}
        </li>
      ))}
      {step === 'cancelled' ? (
        <li className="current" aria-current="step">
          {t('df.steps.cancelled')}
        </li>
      ) : null}
    </ol>
  );
}
