import { useTranslation } from 'react-i18next';
import type { ContentUpdateView } from '../../../../../shared/ipc/inbound-after';

const money = (m: { amount: number; code: string } | null) => (m ? `${m.amount.toFixed(2)} ${m.code}` : '—');

/** Amazon's preview of a content update: what it will hold, with which carrier, at what cost, until when. */
export function PreviewCard({ update, onConfirm, onDiscard }: { update: ContentUpdateView; onConfirm(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  const preview = update.preview!;
  const difference = preview.cost && preview.previousCost && preview.cost.code === preview.previousCost.code ? preview.cost.amount - preview.previousCost.amount : null;
  return (
    <div className="preview-card" data-testid="content-update-preview" role="region" aria-label={t('inboundAfter.contents.previewTitle')}>
      <h5>{t('inboundAfter.contents.previewTitle')}</h5>
      <dl>
        <dt>{t('inboundAfter.contents.boxes')}</dt>
        <dd data-testid="preview-box-count">{preview.boxCount}</dd>
        <dt>{t('inboundAfter.contents.units')}</dt>
        <dd>{preview.items.map((i) => `${i.msku} × ${i.quantity}`).join(', ')}</dd>
        <dt>{t('inboundAfter.contents.carrier')}</dt>
        <dd>
          {preview.carrier} · {preview.shippingMode} · {preview.shippingSolution}
        </dd>
        <dt>{t('inboundAfter.contents.cost')}</dt>
        <dd data-testid="preview-cost">
          {money(preview.cost)}
          {difference !== null ? ` (${t('inboundAfter.contents.difference', { amount: `${difference >= 0 ? '+' : ''}${difference.toFixed(2)} ${preview.cost!.code}` })})` : ''}
        </dd>
        <dt>{t('inboundAfter.contents.expires')}</dt>
        <dd>{new Date(preview.expiresAt).toLocaleString()}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="big primary" onClick={onConfirm}>
          {t('inboundAfter.contents.confirm')} <kbd>Alt+Y</kbd>
        </button>
        <button type="button" className="big" onClick={onDiscard}>
          {t('inboundAfter.contents.discard')} <kbd>Alt+Z</kbd>
        </button>
      </div>
    </div>
  );
}
