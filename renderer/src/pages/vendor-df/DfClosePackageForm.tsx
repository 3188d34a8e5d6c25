import { useTranslation } from 'react-i18next';
import { useDfPackingStore } from '../../stores/df-packing-store';
import type { DimensionUnit, SizeTemplate } from '../../components/box-measure';
import { useCloseMeasures, type CloseFormLook } from '../../components/use-close-measures';
import { CloseProblem, MeasureFields, SizeTemplates } from '../../components/CloseMeasureFields';

const LOOK: CloseFormLook = { i18n: 'df', name: 'df-', css: 'df-' };

/** Common shipping carton sizes, so most packages need one key press for their size. */
const TEMPLATES: Record<DimensionUnit, SizeTemplate[]> = {
  IN: [
    [8, 6, 4],
    [10, 8, 6],
    [12, 9, 6],
    [14, 10, 8],
    [18, 14, 12],
  ],
  CM: [
    [20, 15, 10],
    [25, 20, 15],
    [30, 23, 15],
    [35, 25, 20],
    [45, 35, 30],
  ],
};

/** Closing a package: its weight and size, typed or from a template. The station checks the values and says what is wrong. */
export function DfClosePackageForm({ packageId, number }: { packageId: string; number: number }) {
  const { t } = useTranslation();
  const closePackage = useDfPackingStore((s) => s.closePackage);
  const lastSize = useDfPackingStore((s) => s.lastSize);
  const form = useCloseMeasures({
    look: LOOK,
    weightUnit: lastSize?.unit === 'CM' ? 'KG' : 'LB',
    size: lastSize,
    dimensionUnit: lastSize?.unit ?? 'IN',
    templates: TEMPLATES,
    close: ({ weight, dimensions }) => closePackage(packageId, weight, dimensions),
  });

  return (
    <form className="df-close" onSubmit={form.submit} aria-label={t('df.closePackageForm', { n: number })}>
      <MeasureFields form={form} />
      <SizeTemplates form={form}>
        <button type="submit" className="big primary df-close-button" disabled={form.busy}>
          {t('df.closePackage')} <kbd>Alt+C</kbd>
        </button>
      </SizeTemplates>
      <CloseProblem form={form} testId="df-close-error" />
    </form>
  );
}
