import { useTranslation } from 'react-i18next';
import { usePlansStore } from '../../stores/plans-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { Countdown } from './Countdown';
import { Incentives } from './Incentives';
import { incentives } from './raw-views';
import { RegenerateOptions, optionsExpired } from './RegenerateOptions';

interface Props {
  run(work: () => Promise<unknown>): Promise<void>;
}

function shippingModes(raw: Record<string, unknown>): string[] {
  const list = Array.isArray(raw.supportedShippingConfigurations) ? raw.supportedShippingConfigurations : [];
  const modes = list.flatMap((c) => (c && typeof c === 'object' && typeof (c as { shippingMode?: unknown }).shippingMode === 'string' ? [(c as { shippingMode: string }).shippingMode] : []));
  return [...new Set(modes)];
}

/** Amazon's packing options side by side: how the items must be split into packing groups, and what each costs. */
export function PackingOptionsStep({ run }: Props) {
  const { t } = useTranslation();
  const plan = usePlansStore((s) => s.plan)!;
  const act = usePlansStore((s) => s.act);
  const choose = (packingOptionId: string) => void run(() => act('inbound:choose-packing-option', { planId: plan.id, packingOptionId }));
  const chooseNth = (n: number) => {
    const option = plan.packingOptions[n];
    if (option && option.status !== 'EXPIRED') choose(option.packingOptionId);
  };

  useAltShortcut('Digit1', () => chooseNth(0));
  useAltShortcut('Digit2', () => chooseNth(1));
  useAltShortcut('Digit3', () => chooseNth(2));

  if (plan.packingOptions.length === 0) return <p className="lead">{t('inbound.waitingPackingOptions')}</p>;
  return (
    <div>
      <h2>{t('inbound.choosePacking')}</h2>
      <RegenerateOptions planId={plan.id} kind="packing" expired={optionsExpired(plan.packingOptions, plan.sync.lastError)} />
      <div className="options" data-testid="packing-options">
        {plan.packingOptions.map((option, index) => (
          <article key={option.packingOptionId} className="card option" data-testid="packing-option" aria-label={t('inbound.optionN', { n: index + 1 })}>
            <h3>
              {t('inbound.optionN', { n: index + 1 })} · {t('inbound.groupCount', { count: option.groupIds.length })}
            </h3>
            <p className="sub">
              {option.status} · <Countdown until={option.expiresAt} />
            </p>
            {option.groupIds.map((groupId, g) => {
              const group = plan.packingGroups.find((pg) => pg.packingGroupId === groupId);
              const units = group?.items.reduce((n, i) => n + i.quantity, 0) ?? 0;
              return (
                <div key={groupId} className="group">
                  <strong>{t('inbound.groupN', { n: g + 1 })}</strong> · {t('inbound.groupSize', { skus: group?.items.length ?? 0, units })}
                  <div className="sub ellipsis">{group?.items.map((i) => i.msku).join(', ')}</div>
                </div>
              );
            })}
            <p className="sub">{shippingModes(option.raw).map((m) => t(`inbound.mode.${m}`, { defaultValue: m })).join(' · ')}</p>
            <Incentives list={incentives(option.raw)} />
            <button type="button" className="big primary" disabled={option.status === 'EXPIRED'} onClick={() => choose(option.packingOptionId)}>
              {t('inbound.chooseThis')} {index < 3 ? <kbd>Alt+{index + 1}</kbd> : null}
            </button>
          </article>
        ))}
      </div>
    </div>
  );
}
