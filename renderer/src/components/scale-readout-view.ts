/**
 * What the scale readout shows for a reading, a device status and the packer's chosen unit. Pure, so the rules
 * (no weight taken unless stable and connected, exact unit conversion) are tested without a screen.
 */
import type { DeviceStatus, LiveReading } from '../../../shared/devices/device-events';
import type { ScaleCondition } from '../../../shared/scale/reading';
import { convertWeight, formatDecimal, type Weight, type WeightUnit } from '../../../shared/scale/weight';

export type ReadoutState = 'stable' | 'moving' | 'condition' | 'no-reading' | 'not-connected';

export interface ReadoutView {
  state: ReadoutState;
  /** The weight as exact decimal text in `unit`, or null when there is none to show. */
  digits: string | null;
  unit: WeightUnit | null;
  condition: Exclude<ScaleCondition, 'ok'> | null;
  /** The station's own words for a condition or a connection problem. */
  message: string | null;
  /** The weight to take, converted to the display unit; null unless the scale is connected and stable. */
  takeable: Weight | null;
}

const inUnit = (weight: Weight, unit: WeightUnit | null): Weight => (unit && unit !== weight.unit ? convertWeight(weight, unit) : weight);

export function readoutView(reading: LiveReading | null, status: DeviceStatus | null, displayUnit: WeightUnit | null): ReadoutView {
  if (!status || status.state !== 'connected') {
    return { state: 'not-connected', digits: null, unit: displayUnit, condition: null, message: status?.message ?? null, takeable: null };
  }
  if (!reading) return { state: 'no-reading', digits: null, unit: displayUnit, condition: null, message: null, takeable: null };
  const shown = reading.reading.weight ? inUnit(reading.reading.weight, displayUnit) : null;
  const base = { digits: shown ? formatDecimal(shown) : null, unit: shown?.unit ?? displayUnit };
  if (reading.reading.condition !== 'ok') {
    return { ...base, state: 'condition', condition: reading.reading.condition, message: reading.message ?? null, takeable: null };
  }
  if (reading.stableWeight) {
    return { ...base, state: 'stable', condition: null, message: null, takeable: inUnit(reading.stableWeight, displayUnit) };
  }
  return { ...base, state: 'moving', condition: null, message: null, takeable: null };
}
