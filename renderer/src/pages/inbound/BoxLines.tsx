import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box } from '../../../../shared/ipc/inbound';
import { usePackingStore } from '../../stores/packing-store';
import { lineKey } from '../../stores/optimistic-scan';
import './packing.css';

interface Props {
  titleOf: Map<string, string>;
  box: Box;
  highlight: string | undefined;
  /** Lines (msku|expiration) holding units the station is still saving. */
  saving: Set<string>;
}

/**
 * The open box's contents; a quantity typed here replaces the scanned count (0 removes the line). A line whose last
 * scan the station has not yet confirmed is marked as saving (data-saving), until its answer comes.
 */
export function BoxLines({ titleOf, box, highlight, saving }: Props) {
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
        {box.lines.map((line) => {
          const key = lineKey(line.msku, line.expiration);
          return (
            <BoxLine
              key={key}
              boxId={box.id}
              msku={line.msku}
              expiration={line.expiration}
              quantity={line.quantity}
              title={titleOf.get(line.msku) ?? ''}
              highlighted={line.msku === highlight || saving.has(key)}
              saving={saving.has(key)}
            />
          );
        })}
      </tbody>
    </table>
  );
}

interface LineProps {
  boxId: string;
  msku: string;
  expiration: string | null;
  quantity: number;
  title: string;
  highlighted: boolean;
  saving: boolean;
}

/** Memoised on its figures: a scan draws again the line it changed (and the one highlighted before), no other. */
const BoxLine = memo(function BoxLine({ boxId, msku, expiration, quantity, title, highlighted, saving }: LineProps) {
  const { t } = useTranslation();
  return (
    <tr className={[highlighted ? 'last-scanned' : '', saving ? 'saving' : ''].join(' ').trim()} data-testid="box-line" data-msku={msku} {...(saving ? { 'data-saving': '' } : {})}>
      <td>
        <strong>{msku}</strong>
        {saving ? (
          <span className="saving-mark" title={t('packing.savingTitle')}>
            {t('packing.saving')}
          </span>
        ) : null}
        <div className="sub">
          {title}
          {expiration ? ` · ${t('inbound.expires', { date: expiration })}` : ''}
        </div>
      </td>
      <td className="num">
        <LineQuantity boxId={boxId} msku={msku} expiration={expiration} quantity={quantity} />
      </td>
    </tr>
  );
});

function LineQuantity({ boxId, msku, expiration, quantity }: { boxId: string; msku: string; expiration: string | null; quantity: number }) {
  const { t } = useTranslation();
  const setLine = usePackingStore((s) => s.setLine);
  const [text, setText] = useState<string | null>(null);
  const commit = () => {
    if (text === null) return;
    const n = Number(text);
    setText(null);
    if (Number.isInteger(n) && n >= 0 && n <= 10_000 && n !== quantity) void setLine(boxId, msku, expiration, n);
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
