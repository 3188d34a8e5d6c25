import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/ipc/inbound';

type Item = PlanDetail['items'][number];

interface Row {
  msku: string;
  planned: number;
  packed: number;
  remaining: number;
}

interface Props {
  items: PlanDetail['items'];
  rows: Row[];
}

/**
 * What is left to pack in this group, SKU by SKU; the codes are those on the units, so the packer can find them.
 * Every row is in the page (tests and the packer's browser search find any SKU); rows are memoised on their figures,
 * so a scan draws again only the row of the SKU scanned.
 */
export const RemainingTable = memo(function RemainingTable({ items, rows }: Props) {
  const { t } = useTranslation();
  const itemOf = useMemo(() => {
    const byMsku = new Map<string, Item>();
    for (const item of items) if (!byMsku.has(item.msku)) byMsku.set(item.msku, item);
    return byMsku;
  }, [items]);
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
            {sorted.map((r) => (
              <RemainingRow key={r.msku} msku={r.msku} planned={r.planned} packed={r.packed} remaining={r.remaining} item={itemOf.get(r.msku)} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

const RemainingRow = memo(function RemainingRow({ msku, planned, packed, remaining, item }: Row & { item: Item | undefined }) {
  const { t } = useTranslation();
  return (
    <tr
      data-testid="remaining-row"
      data-msku={msku}
      data-fnsku={item?.fnsku ?? ''}
      data-remaining={remaining}
      className={remaining === 0 ? 'done' : remaining < 0 ? 'over' : ''}
    >
      <td>
        <strong>{msku}</strong>
        <div className="sub">
          {item?.fnsku ?? ''} {item?.title ?? ''}
        </div>
      </td>
      <td className="num">
        {packed}/{planned}
      </td>
      <td className="num">{remaining < 0 ? t('inbound.over', { count: -remaining }) : remaining}</td>
    </tr>
  );
});
