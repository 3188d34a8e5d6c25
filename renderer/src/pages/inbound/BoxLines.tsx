import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { usePackingStore } from '../../stores/packing-store';

/** The open box's contents; a quantity typed here replaces the scanned count (0 removes the line). */
export function BoxLines({ plan, box, highlight }: { plan: PlanDetail; box: Box; highlight: string | undefined }) {
  const { t } = useTranslation();
  if (box.lines.length === 0) return <p className="sub">{t('inbound.emptyBox')}</p>;
  return (
    <table className="grid box-lines" aria-label={t('inbound.boxContents')}>
      <thead>
        <tr>
          <th>{t('inbound.item')}</th>
          <th className="num">{t('inbound.quantity')}</th>
        </tr>
      </thead>
      <tbody>
        {box.lines.map((line) => (
          <tr key={`${line.msku}|${line.expiration ?? ''}`} className={line.msku === highlight ? 'last-scanned' : ''} data-testid="box-line" data-msku={line.msku}>
            <td>
              <strong>{line.msku}</strong>
              <div className="sub">
                {plan.items.find((i) => i.msku === line.msku)?.title ?? ''}
                {line.expiration ? ` · ${t('inbound.expires', { date: line.expiration })}` : ''}
              </div>
            </td>
            <td className="num">
              <LineQuantity box={box} msku={line.msku} expiration={line.expiration} quantity={line.quantity} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LineQuantity({ box, msku, expiration, quantity }: { box: Box; msku: string; expiration: string | null; quantity: number }) {
  const { t } = useTranslation();
  const setLine = usePackingStore((s) => s.setLine);
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const n = Number(text);
    setText(null);
    if (Number.isInteger(n) && n >= 0 && n <= 10_000 && n !== quantity) void setLine(box.id, msku, expiration, n);
  };
  return (
    <input
      className="qty"
      inputMode="numeric"
      aria-label={t('inbound.quantityOf', { msku })}
      data-testid="line-quantity"
      value={text ?? String(quantity)}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
