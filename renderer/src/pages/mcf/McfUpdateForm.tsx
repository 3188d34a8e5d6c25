import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { McfSpeed, type McfOrderDetail } from '../../../../shared/ipc/mcf';
import { useMcfStore } from '../../stores/mcf-store';

/** Before Amazon starts processing: a new shipping speed or packing slip comment, sent to Amazon through the outbox. */
export function McfUpdateForm({ order }: { order: McfOrderDetail }) {
  const { t } = useTranslation();
  const act = useMcfStore((s) => s.act);
  const [speed, setSpeed] = useState<McfSpeed>(order.shippingSpeed);
  const [comment, setComment] = useState(order.comment);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const changed = speed !== order.shippingSpeed || comment.trim() !== order.comment;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    try {
      await act('mcf:update', {
        orderId: order.id,
        ...(speed !== order.shippingSpeed ? { shippingSpeed: speed } : {}),
        ...(comment.trim() !== order.comment ? { comment: comment.trim() } : {}),
      });
      setMessage({ kind: 'ok', text: t('mcf.updated') });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <form className="card df-row" onSubmit={submit} aria-label={t('mcf.updateTitle')} data-testid="mcf-update">
      <label>
        {t('mcf.speed')}
        <select name="mcf-update-speed" value={speed} onChange={(e) => setSpeed(e.target.value as McfSpeed)}>
          {McfSpeed.options.map((s) => (
            <option key={s} value={s}>
              {t(`mcf.speeds.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="df-grow">
        {t('mcf.comment')}
        <input name="mcf-update-comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={750} />
      </label>
      <button type="submit" className="big" disabled={!changed}>
        {t('mcf.saveChanges')}
      </button>
      {message ? (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`} data-testid="mcf-update-message">
          {message.text}
        </div>
      ) : null}
    </form>
  );
}
