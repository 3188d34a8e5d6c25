import { useTranslation } from 'react-i18next';
import type { SerialPortInfo } from '../../stores/devices-store';
import { BAUD_RATES, type Parity, type PortForm } from './scale-form';

interface Props {
  idPrefix: string;
  value: PortForm;
  ports: SerialPortInfo[];
  onChange(next: PortForm): void;
  onRefresh(): void;
}

/** Port path (picked from what the station sees, or typed for a port that is not plugged in yet) and line settings. */
export function SerialPortFields({ idPrefix, value, ports, onChange, onRefresh }: Props) {
  const { t } = useTranslation();
  const listId = `${idPrefix}-ports`;
  const set = (patch: Partial<PortForm>) => onChange({ ...value, ...patch });
  return (
    <div className="row">
      <label className="grow">
        {t('devices.port')}
        <input name={`${idPrefix}-path`} list={listId} value={value.path} onChange={(e) => set({ path: e.target.value })} placeholder="/dev/ttyUSB0, COM3" autoComplete="off" />
        <datalist id={listId}>
          {ports.map((p) => (
            <option key={p.path} value={p.path}>
              {[p.manufacturer, p.serialNumber].filter(Boolean).join(' ')}
            </option>
          ))}
        </datalist>
        <span className="sub">{ports.length === 0 ? t('devices.noPorts') : t('devices.portsFound', { count: ports.length })}</span>
      </label>
      <button type="button" className="small" onClick={onRefresh}>
        {t('devices.refreshPorts')}
      </button>
      <label className="narrow">
        {t('devices.baud')}
        <select value={value.baudRate} onChange={(e) => set({ baudRate: e.target.value })}>
          {BAUD_RATES.map((b) => (
            <option key={b} value={String(b)}>
              {b}
            </option>
          ))}
        </select>
      </label>
      <label className="narrow">
        {t('devices.dataBits')}
        <select value={value.dataBits} onChange={(e) => set({ dataBits: e.target.value === '7' ? 7 : 8 })}>
          <option value="8">8</option>
          <option value="7">7</option>
        </select>
      </label>
      <label className="narrow">
        {t('devices.parity')}
        <select value={value.parity} onChange={(e) => set({ parity: e.target.value as Parity })}>
          {(['none', 'even', 'odd'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`devices.parities.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="narrow">
        {t('devices.stopBits')}
        <select value={value.stopBits} onChange={(e) => set({ stopBits: e.target.value === '2' ? 2 : 1 })}>
          <option value="1">1</option>
          <option value="2">2</option>
        </select>
      </label>
    </div>
  );
}
