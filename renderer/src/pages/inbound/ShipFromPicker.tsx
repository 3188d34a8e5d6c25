import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address, ShipFrom } from '../../../../shared/ipc/inbound';
import { call } from '../../ipc/station';

interface Props {
  accountId: string;
  value: string;
  onChange(id: string): void;
}

const EMPTY: Address = { name: '', addressLine1: '', city: '', postalCode: '', countryCode: 'US', phoneNumber: '' };
const FIELDS = ['name', 'companyName', 'addressLine1', 'addressLine2', 'city', 'stateOrProvinceCode', 'postalCode', 'countryCode', 'phoneNumber', 'email'] as const;

/** The ship-from address: one of the account's saved addresses, or a new one saved for next time. */
export function ShipFromPicker({ accountId, value, onChange }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<ShipFrom[]>([]);
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const [address, setAddress] = useState<Address>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!accountId) return;
    let live = true;
    void call('inbound:ship-from-list', { accountId }).then((list) => {
      if (!live) return;
      setSaved(list);
      if (list.length > 0 && !list.some((s) => s.id === value)) onChange(list[0]!.id);
      if (list.length === 0) setAdding(true);
    });
    return () => {
      live = false;
    };
    // Only a different account brings a different list.
  }, [accountId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // Optional fields left empty are not sent, so the station's schema sees them as absent.
    const clean = Object.fromEntries(Object.entries(address).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Address;
    try {
      const shipFrom = await call('inbound:ship-from-save', { accountId, label, address: clean });
      setSaved((list) => [...list.filter((s) => s.id !== shipFrom.id), shipFrom]);
      onChange(shipFrom.id);
      setAdding(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const current = saved.find((s) => s.id === value);
  return (
    <fieldset>
      <legend>{t('inbound.shipFrom')}</legend>
      {saved.length > 0 ? (
        <label>
          {t('inbound.savedAddress')}
          <select name="ship-from" value={value} onChange={(e) => onChange(e.target.value)}>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {current ? (
        <p className="sub" data-testid="ship-from-address">
          {[current.address.companyName, current.address.addressLine1, current.address.city, current.address.stateOrProvinceCode, current.address.postalCode, current.address.countryCode]
            .filter(Boolean)
            .join(', ')}
        </p>
      ) : null}
      {!adding ? (
        <button type="button" className="big" onClick={() => setAdding(true)}>
          {t('inbound.addAddress')}
        </button>
      ) : (
        <div className="address-form" role="group" aria-label={t('inbound.newAddress')}>
          {error ? (
            <div role="alert" className="banner error">
              {error}
            </div>
          ) : null}
          <label>
            {t('inbound.addressLabel')}
            <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={60} />
          </label>
          {FIELDS.map((field) => (
            <label key={field}>
              {t(`inbound.address.${field}`)}
              <input value={address[field] ?? ''} onChange={(e) => setAddress((a) => ({ ...a, [field]: field === 'countryCode' ? e.target.value.toUpperCase() : e.target.value }))} />
            </label>
          ))}
          <div className="actions">
            <button type="button" className="big primary" onClick={(e) => void save(e)}>
              {t('inbound.saveAddress')}
            </button>
            {saved.length > 0 ? (
              <button type="button" className="big" onClick={() => setAdding(false)}>
                {t('common.back')}
              </button>
            ) : null}
          </div>
        </div>
      )}
    </fieldset>
  );
}
