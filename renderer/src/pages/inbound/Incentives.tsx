import { useTranslation } from 'react-i18next';
import { formatMoney, netCost, type Incentive } from './raw-views';

/** Fees and discounts of an option, and what it costs in all. */
export function Incentives({ list }: { list: Incentive[] }) {
  const { t, i18n } = useTranslation();
  const net = netCost(list);
  if (list.length === 0) return <p className="sub">{t('inbound.noFees')}</p>;
  return (
    <div className="incentives">
      <ul className="plain">
        {list.map((i, n) => (
          <li key={`${i.type}-${i.target}-${n}`} className={i.type === 'DISCOUNT' ? 'ok-text' : ''}>
            {i.type === 'DISCOUNT' ? t('inbound.discount') : t('inbound.fee')} · {i.target || i.description}: {formatMoney(i.value, i18n.language)}
          </li>
        ))}
      </ul>
      <p className="total">
        {t('inbound.total')}: <strong>{formatMoney(net, i18n.language)}</strong>
      </p>
    </div>
  );
}
