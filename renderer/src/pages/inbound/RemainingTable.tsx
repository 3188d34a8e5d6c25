import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';

interface Props {
  plan: PlanDetail;
  rows: { msku: string; planned: number; packed: number; remaining: number }[];
}

/** What is left to pack in this group, SKU by SKU; the codes are those on the units, so the packer can find them. */
export function RemainingTable({ plan, rows }: Props) {
  const { t } = useTranslation();
  const itemOf = (msku: string) => plan.items.find((i) => i.msku === msku);
  const sorted = [...rows].sort((a, b) => Number(b.remaining !== 0) - Number(a.remaining !== 0));
  return (
    <div className="card remaining">
      <h2>{t('inbound.remaining')}</h2>
      <div className="scroll">
        <table className="grid compact" aria-label={t('inbound.remaining')}>
          <thead>
            <tr>
              <th>{t('inbound.item')}</th>
              <th className="num">{t('inbound.packedOfPlanned')}</th>
              <th className="num">{t('inbound.left')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const item = itemOf(r.msku);
              return (
                <tr
                  key={r.msku}
                  data-testid="remaining-row"
                  data-msku={r.msku}
                  data-fnsku={item?.fnsku ?? ''}
                  data-remaining={r.remaining}
                  className={r.remaining === 0 ? 'done' : r.remaining < 0 ? 'over' : ''}
                >
                  <td>
                    <strong>{r.msku}</strong>
                    <div className="sub">
                      {item?.fnsku ?? ''} {item?.title ?? ''}
                    </div>
                  </td>
                  <td className="num">
                    {r.packed}/{r.planned}
                  </td>
                  <td className="num">{r.remaining < 0 ? t('inbound.over', { count: -r.remaining }) : r.remaining}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
