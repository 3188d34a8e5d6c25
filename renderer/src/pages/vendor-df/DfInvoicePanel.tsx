import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DfOrderDetail } from '../../../../shared/ipc/vendor-df';
import { useDfInvoiceStore } from '../../stores/df-invoice-store';
import { useAltShortcut } from '../../components/use-shortcut';

/**
 * Amazon's customer invoice of the order, shown only when the packer asks (it names the customer) and printed on the
 * documents printer. After the 30-day erasure the station says so instead.
 */
export function DfInvoicePanel({ order }: { order: DfOrderDetail }) {
  const { t } = useTranslation();
  const { invoice, loading, printing, printedTo, error, reset, show, hide, print } = useDfInvoiceStore();
  const orderId = order.id;
  useEffect(() => reset(orderId), [orderId, reset]);

  const toggle = () => (invoice ? hide() : void show(orderId));
  useAltShortcut('KeyV', toggle, !loading);
  useAltShortcut('KeyI', () => void print(orderId), !printing);

  return (
    <div className="card df-invoice" data-testid="df-invoice">
      <h2>{t('df.invoiceTitle')}</h2>
      <div className="actions">
        <button type="button" className="big" onClick={toggle} disabled={loading} aria-expanded={invoice !== null}>
          {loading ? t('df.invoiceLoading') : invoice ? t('df.hideInvoice') : t('df.showInvoice')} <kbd>Alt+V</kbd>
        </button>
        <button type="button" className="big" onClick={() => void print(orderId)} disabled={printing}>
          {printing ? t('df.printing') : t('df.printInvoice')} <kbd>Alt+I</kbd>
        </button>
      </div>
      {error ? (
        <div role="alert" className="banner error" data-testid="df-invoice-error">
          {error}
        </div>
      ) : null}
      {printedTo ? (
        <div role="status" className="banner ok" data-testid="df-invoice-printed">
          {t('df.invoicePrinted', { printer: printedTo })}
        </div>
      ) : null}
      {invoice ? (
        <div className="df-invoice-pages" data-testid="df-invoice-content" data-format={invoice.format}>
          {invoice.pages.map((src, i) => (
            <img key={i} src={src} alt={t('df.invoicePage', { po: invoice.purchaseOrderNumber, page: i + 1 })} data-testid="df-invoice-page" />
          ))}
          {invoice.text !== null ? <pre className="df-invoice-text">{invoice.text}</pre> : null}
        </div>
      ) : null}
    </div>
  );
}
