import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetailContainer } from '../../../../shared/ipc/retail';
import { useRetailPackingStore } from '../../stores/retail-packing-store';
import { useCloseMeasures, type CloseFormLook } from '../../components/use-close-measures';
import { CloseProblem, MeasureFields } from '../../components/CloseMeasureFields';

const LOOK: CloseFormLook = { i18n: 'retail', name: 'retail-', css: 'df-' };

/** Closing a carton or pallet: weight and size (typed), and a small-parcel carton's tracking number. */
export function RetailCloseForm({ container, smallParcel }: { container: RetailContainer; smallParcel: boolean }) {
  const { t } = useTranslation();
  const close = useRetailPackingStore((s) => s.close);
  const [tracking, setTracking] = useState('');
  const form = useCloseMeasures({
    look: LOOK,
    weightUnit: 'LB',
    dimensionUnit: 'IN',
    close: (measures) =>
      close(container.id, { ...measures, ...(container.kind === 'carton' && tracking.trim() ? { trackingNumber: tracking.trim() } : {}) }, container.kind),
  });
  const label = t(container.kind === 'carton' ? 'retail.cartonN' : 'retail.palletN', { n: container.number });

  return (
    <form className="df-close" onSubmit={form.submit} aria-label={t('retail.closeForm', { container: label })}>
      <MeasureFields form={form}>
        {container.kind === 'carton' && smallParcel ? (
          <label>
            {t('retail.trackingNumber')}
            <input name="retail-tracking" value={tracking} onChange={(e) => setTracking(e.target.value)} autoComplete="off" />
          </label>
        ) : null}
        <button type="submit" className="big primary df-close-button">
          {t('retail.close', { container: label })} <kbd>Alt+C</kbd>
        </button>
      </MeasureFields>
      <CloseProblem form={form} testId="retail-close-error" />
    </form>
  );
}
