import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderSummary } from '../../../../shared/ipc/vendor-df';
import { groupOrders } from './df-groups';
import { DfStepBadge } from './DfStepBadge';
import { DfSyncCell } from './DfSyncCell';

interface Props {
  orders: DfOrderSummary[];
  accountName(id: string): string;
  onOpen(orderId: string): void;
}

function dayLabel(day: string | null, language: string, none: string): string {
  if (!day) return none;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(language, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
}

/** The queue grouped by ship-from warehouse, then by ship-by day, earliest first. */
export function DfQueueGroups({ orders, accountName, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => groupOrders(orders), [orders]);
  return (
    <>
      {groups.map((group) => (
        <section key={group.shipFrom} className="card df-warehouse" aria-label={t('df.shipFromN', { party: group.shipFrom })} data-testid="df-warehouse">
          <h2>{t('df.shipFromN', { party: group.shipFrom })}</h2>
          {group.days.map((day) => (
            <div key={day.day ?? 'none'} className="df-day">
              <h3 data-testid="df-day">{t('df.shipBy', { date: dayLabel(day.day, i18n.language, t('df.noShipBy')) })}</h3>
              <table className="df-grid" aria-label={t('df.shipBy', { date: dayLabel(day.day, i18n.language, t('df.noShipBy')) })}>
                <thead>
                  <tr>
                    <th>{t('df.po')}</th>
                    <th>{t('df.step')}</th>
                    <th className="num">{t('df.units')}</th>
                    <th>{t('df.shipMethod')}</th>
                    <th>{t('df.tracking')}</th>
                    <th>{t('df.sync')}</th>
                  </tr>
                </thead>
                <tbody>
                  {day.orders.map((order) => (
                    <tr key={order.id} data-testid="df-order-row" data-po={order.purchaseOrderNumber} data-step={order.step} data-ship-method={order.shipMethod ?? ''} data-units={order.units}>
                      <td>
                        <button type="button" className="df-link" onClick={() => onOpen(order.id)}>
                          {order.purchaseOrderNumber}
                        </button>
                        <span className="df-sub">{accountName(order.accountId)}</span>
                      </td>
                      <td>
                        <DfStepBadge step={order.step} />
                      </td>
                      <td className="num">
                        {order.packedUnits}/{order.units}
                      </td>
                      <td>{order.shipMethod ?? '—'}</td>
                      <td className="df-mono">{order.trackingNumbers.join(', ') || '—'}</td>
                      <td>
                        <DfSyncCell sync={order.sync} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
