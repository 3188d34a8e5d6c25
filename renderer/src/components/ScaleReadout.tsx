import { useTranslation } from 'react-i18next';
import { WEIGHT_UNITS, type Weight, type WeightUnit } from '../../../shared/scale/weight';
import { useDevicesStore } from '../stores/devices-store';
import { readoutView } from './scale-readout-view';
import './scale-readout.css';

interface Props {
  /** Called with the stable weight in the unit on screen; never while the scale is moving or in a bad condition. */
  onTake?: (weight: Weight) => void;
  /** Shows the lb/oz/kg/g switch. */
  unitSwitch?: boolean;
}

/** The live weight on the station's scale, large enough to read from the packing position. */
export function ScaleReadout({ onTake, unitSwitch = true }: Props) {
  const { t } = useTranslation();
  const reading = useDevicesStore((s) => s.reading);
  const status = useDevicesStore((s) => s.scaleStatus);
  const displayUnit = useDevicesStore((s) => s.displayUnit);
  const setDisplayUnit = useDevicesStore((s) => s.setDisplayUnit);
  const view = readoutView(reading, status, displayUnit);

  const take = () => {
    // Read the store at the moment of the click: the render may be one reading behind the platter.
    const now = useDevicesStore.getState();
    const current = readoutView(now.reading, now.scaleStatus, now.displayUnit);
    if (current.takeable && onTake) onTake(current.takeable);
  };

  const stateText =
    view.state === 'condition' && view.condition
      ? t(`scaleReadout.condition.${view.condition}`)
      : view.state === 'not-connected'
        ? t('scaleReadout.notConnected')
        : t(`scaleReadout.${view.state === 'no-reading' ? 'noReading' : view.state}`);

  return (
    <div className={`scale-readout ${view.state}`} data-testid="scale-readout" data-state={view.state} aria-label={t('scaleReadout.title')} role="group">
      <output className="weight-digits" data-testid="scale-weight" aria-live="off">
        <span className="digits">{view.digits ?? '– – –'}</span>
        <span className="unit">{view.unit ?? ''}</span>
      </output>
      <div className="readout-state" role="status" data-testid="scale-state">
        <span className="state-dot" aria-hidden="true" />
        {stateText}
      </div>
      {view.message ? (
        <div className="readout-message" data-testid="scale-message">
          {view.message}
        </div>
      ) : null}
      <div className="readout-actions">
        {unitSwitch ? (
          <div className="segmented" role="group" aria-label={t('scaleReadout.unit')}>
            {WEIGHT_UNITS.map((unit: WeightUnit) => (
              <button key={unit} type="button" className={view.unit === unit ? 'unit-button selected' : 'unit-button'} aria-pressed={view.unit === unit} onClick={() => setDisplayUnit(unit)}>
                {unit}
              </button>
            ))}
          </div>
        ) : null}
        {onTake ? (
          <button type="button" className="big primary" disabled={!view.takeable} onClick={take}>
            {t('scaleReadout.take')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
