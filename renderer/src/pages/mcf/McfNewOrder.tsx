import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { McfSpeed } from '../../../../shared/ipc/mcf';
import { useMcfStore } from '../../stores/mcf-store';
import { useMcfDraftStore } from '../../stores/mcf-draft-store';
import { useAccountsStore } from '../../stores/accounts-store';
import { useAltShortcut } from '../../components/use-shortcut';
import { McfAddressFields } from './McfAddressFields';
import { McfItemsEditor } from './McfItemsEditor';
import { McfPreviewTable } from './McfPreviewTable';

/** A new MCF order: recipient, items by scan, then Amazon's preview (fees, dates, what cannot ship), then create. */
export function McfNewOrder() {
  const { t } = useTranslation();
  const { show, opened } = useMcfStore();
  const sellers = useAccountsStore((s) => s.accounts).filter((a) => a.type === 'seller');
  const draft = useMcfDraftStore();
  const { reset } = draft;
  const firstSeller = sellers[0]?.id ?? null;

  useEffect(() => reset(firstSeller), [reset, firstSeller]);

  const chosen = draft.preview?.previews.find((p) => p.shippingSpeedCategory === draft.speed);
  const canCreate = Boolean(chosen?.fulfillable) && !draft.busy;
  const canPreview = draft.items.length > 0 && !draft.busy && Boolean(draft.accountId);

  const preview = (event?: FormEvent) => {
    event?.preventDefault();
    if (canPreview) void draft.runPreview();
  };
  const create = async () => {
    if (!canCreate) return;
    const order = await draft.create();
    if (order) opened(order);
  };
  useAltShortcut('KeyP', () => preview());
  useAltShortcut('Enter', () => void create());
  useAltShortcut('KeyB', () => show({ kind: 'list' }));
  // A key of its own: the page's scanner listener holds single characters, so Space does not reach a checkbox.
  useAltShortcut('KeyH', () => draft.setFields({ hold: !useMcfDraftStore.getState().hold }));

  return (
    <section aria-labelledby="mcf-new-title" className="df mcf">
      <div className="page-head">
        <h1 id="mcf-new-title">{t('mcf.newOrder')}</h1>
        <button type="button" className="big" onClick={() => show({ kind: 'list' })}>
          {t('mcf.backToList')} <kbd>Alt+B</kbd>
        </button>
      </div>
      {sellers.length === 0 ? <p className="lead">{t('mcf.noSellerAccounts')}</p> : null}
      <div className="df-columns">
        <div className="df-main">
          <div className="card">
            <McfItemsEditor />
          </div>
          <div className="card">
            <h2>{t('mcf.previewTitle')}</h2>
            {draft.preview ? <McfPreviewTable result={draft.preview} speed={draft.speed} onChoose={draft.setSpeed} /> : <p className="df-sub">{t('mcf.previewHint')}</p>}
            {draft.previewError ? (
              <div role="alert" className="banner error" data-testid="mcf-preview-error">
                {draft.previewError}
              </div>
            ) : null}
            <div className="df-submit-bar">
              <button type="button" className="big" onClick={() => preview()} disabled={!canPreview}>
                {draft.busy ? t('mcf.asking') : t('mcf.preview')} <kbd>Alt+P</kbd>
              </button>
              <button type="button" className="big primary" onClick={() => void create()} disabled={!canCreate}>
                {t('mcf.create', { speed: t(`mcf.speeds.${draft.speed}`) })} <kbd>Alt+Enter</kbd>
              </button>
            </div>
          </div>
        </div>
        <form className="df-side card mcf-form" onSubmit={preview} aria-label={t('mcf.orderDetails')}>
          {sellers.length > 1 ? (
            <label>
              {t('mcf.account')}
              <select name="mcf-account" value={draft.accountId ?? ''} onChange={(e) => draft.setAccount(e.target.value)}>
                {sellers.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <McfAddressFields value={draft.address} onChange={draft.setAddress} />
          <label>
            {t('mcf.speed')}
            <select name="mcf-speed" value={draft.speed} onChange={(e) => draft.setSpeed(e.target.value as McfSpeed)}>
              {McfSpeed.options.map((s) => (
                <option key={s} value={s}>
                  {t(`mcf.speeds.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('mcf.displayableOrderId')}
            <input name="mcf-displayable-id" value={draft.displayableOrderId} onChange={(e) => draft.setFields({ displayableOrderId: e.target.value })} maxLength={40} />
          </label>
          <label>
            {t('mcf.comment')}
            <input name="mcf-comment" value={draft.comment} onChange={(e) => draft.setFields({ comment: e.target.value })} maxLength={750} />
          </label>
          <label className="choice">
            <input type="checkbox" name="mcf-hold" checked={draft.hold} onChange={(e) => draft.setFields({ hold: e.target.checked })} />
            {t('mcf.hold')} <kbd>Alt+H</kbd>
          </label>
        </form>
      </div>
    </section>
  );
}
