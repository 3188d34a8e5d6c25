import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Box, PlanDetail } from '../../../../shared/ipc/inbound';
import { MARKETPLACES } from '../../../../shared/marketplaces';
import { usePackingStore } from '../../stores/packing-store';
import type { DimensionUnit, SizeTemplate } from '../../components/box-measure';
import { useCloseMeasures, type CloseFormLook } from '../../components/use-close-measures';
import { CloseProblem, MeasureFields, SizeTemplates } from '../../components/CloseMeasureFields';

type ContentSource = Box['contentSource'];

const LOOK: CloseFormLook = { i18n: 'inbound', name: '', css: '' };

/** Common carton sizes, so most boxes need one key press for their size. */
const TEMPLATES: Record<DimensionUnit, SizeTemplate[]> = {
  IN: [
    [12, 10, 8],
    [16, 12, 10],
    [18, 14, 12],
    [22, 16, 14],
    [24, 18, 18],
  ],
  CM: [
    [30, 20, 20],
    [40, 30, 30],
    [50, 40, 30],
    [60, 40, 40],
    [63, 45, 45],
  ],
};

/**
 * Closing a box: its weight (from the station scale, or typed) and size (typed or a template). Amazon's box limits
 * are checked by the station, whose message is shown as it is; warnings (such as a heavy-package label) too.
 */
export function CloseBoxForm({ plan, box }: { plan: PlanDetail; box: Box }) {
  const { t } = useTranslation();
  const closeBox = usePackingStore((s) => s.closeBox);
  const lastSize = usePackingStore((s) => s.lastSize);
  const metric = MARKETPLACES[plan.marketplaceId]?.units === 'metric';
  const [source, setSource] = useState<ContentSource>(box.contentSource);
  const form = useCloseMeasures({
    look: LOOK,
    weightUnit: metric ? 'KG' : 'LB',
    size: lastSize,
    dimensionUnit: lastSize?.unit ?? (metric ? 'CM' : 'IN'),
    templates: TEMPLATES,
    // On success the box is closed and this form goes away; its warnings are shown as the scan feedback.
    close: async ({ weight, dimensions }) => {
      const reply = await closeBox({ boxId: box.id, weight, dimensions, contentSource: source });
      return 'error' in reply ? reply.error : null;
    },
  });
  const { weightRef } = form;
  useEffect(() => {
    // Alt+C pressed while the box's first scan was still being saved: the weight is what the packer types next.
    if (usePackingStore.getState().takeCloseRequest()) weightRef.current?.focus();
  }, [weightRef]);

  return (
    <form className="close-box" onSubmit={form.submit} aria-label={t('inbound.closeBoxForm', { n: box.number })}>
      <MeasureFields form={form} />
      <SizeTemplates form={form} />
      <div className="row">
        <label>
          {t('inbound.contentSource')}
          <select name="content-source" value={source} onChange={(e) => setSource(e.target.value as ContentSource)}>
            {(['BOX_CONTENT_PROVIDED', 'BARCODE_2D', 'MANUAL_PROCESS'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`inbound.source.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="big primary close-button" disabled={form.busy}>
          {t('inbound.closeBox')} <kbd>Alt+C</kbd>
        </button>
      </div>
      <CloseProblem form={form} testId="close-box-message" />
    </form>
  );
}
