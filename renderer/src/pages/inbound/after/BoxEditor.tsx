import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AfterShipment, ContentUpdateBox } from '../../../../../shared/ipc/inbound-after';

/** The box set being edited: quantities per line, lines and boxes added or removed (new boxes only while WORKING). */
export function BoxEditor({ boxes, shipment, onChange }: { boxes: ContentUpdateBox[]; shipment: AfterShipment; onChange(boxes: ContentUpdateBox[]): void }) {
  const { t } = useTranslation();
  const skus = [...new Set(shipment.boxes.flatMap((b) => b.lines.map((l) => l.msku)))].sort();
  const [adding, setAdding] = useState<Record<number, string>>({});
  const numberOf = (box: ContentUpdateBox) => shipment.boxes.find((b) => b.id === box.boxId);
  const change = (index: number, next: ContentUpdateBox | null) => onChange(next ? boxes.map((b, i) => (i === index ? next : b)) : boxes.filter((_, i) => i !== index));
  const working = shipment.status === 'WORKING';

  return (
    <div className="box-editor" data-testid="box-editor">
      {boxes.map((box, index) => {
        const known = numberOf(box);
        const label = known ? t('inboundAfter.contents.boxLabel', { number: known.number, id: known.amazonBoxId ?? '' }) : t('inboundAfter.contents.newBox');
        return (
          <fieldset key={box.boxId ?? `new-${index}`} className="edit-box" data-testid={`edit-box-${index}`}>
            <legend>{label}</legend>
            {box.lines.map((line, li) => (
              <label key={`${line.msku}-${line.expiration ?? ''}`} className="edit-line">
                <span>{line.msku}</span>
                <input
                  type="number"
                  min={0}
                  className="big qty"
                  aria-label={t('inboundAfter.contents.quantityOf', { msku: line.msku, box: label })}
                  value={line.quantity}
                  onChange={(e) => change(index, { ...box, lines: box.lines.map((l, j) => (j === li ? { ...l, quantity: Math.max(0, Number(e.target.value) || 0) } : l)) })}
                />
              </label>
            ))}
            <div className="edit-line">
              <select aria-label={t('inboundAfter.contents.addSku')} value={adding[index] ?? ''} onChange={(e) => setAdding({ ...adding, [index]: e.target.value })}>
                <option value="">{t('inboundAfter.contents.addSku')}</option>
                {skus.filter((s) => !box.lines.some((l) => l.msku === s)).map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="big"
                disabled={!adding[index]}
                onClick={() => {
                  change(index, { ...box, lines: [...box.lines, { msku: adding[index]!, quantity: 1, expiration: null }] });
                  setAdding({ ...adding, [index]: '' });
                }}
              >
                {t('inboundAfter.contents.addLine')}
              </button>
            </div>
            <label className="edit-line">
              <span>{t('inboundAfter.contents.weight', { unit: box.weight.unit })}</span>
              <input
                type="number"
                min={0.01}
                step={0.01}
                className="big qty"
                aria-label={t('inboundAfter.contents.weightOf', { box: label })}
                value={box.weight.value}
                onChange={(e) => change(index, { ...box, weight: { ...box.weight, value: Number(e.target.value) || 0 } })}
              />
            </label>
            <button type="button" className="big danger" onClick={() => change(index, null)}>
              {t('inboundAfter.contents.removeBox')}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="big"
        disabled={!working}
        title={working ? undefined : t('inboundAfter.contents.addBoxOnlyWorking')}
        onClick={() => onChange([...boxes, { boxId: null, contentSource: 'BOX_CONTENT_PROVIDED', weight: boxes[0]?.weight ?? { value: 1, unit: 'LB' }, dimensions: boxes[0]?.dimensions ?? { length: 12, width: 10, height: 8, unit: 'IN' }, lines: [] }])}
      >
        {t('inboundAfter.contents.addBox')}
      </button>
      {!working ? <p className="hint">{t('inboundAfter.contents.addBoxOnlyWorking')}</p> : null}
    </div>
  );
}
