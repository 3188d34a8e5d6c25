import { useTranslation } from 'react-i18next';
import type { McfAddress } from '../../../../shared/ipc/mcf';
import type { AddressDraft } from '../../stores/mcf-draft-store';

const FIELDS: { key: keyof McfAddress; required?: boolean; autoComplete: string }[] = [
  { key: 'name', required: true, autoComplete: 'name' },
  { key: 'addressLine1', required: true, autoComplete: 'address-line1' },
  { key: 'addressLine2', autoComplete: 'address-line2' },
  { key: 'city', required: true, autoComplete: 'address-level2' },
  { key: 'stateOrRegion', autoComplete: 'address-level1' },
  { key: 'postalCode', required: true, autoComplete: 'postal-code' },
  { key: 'countryCode', required: true, autoComplete: 'country' },
  { key: 'phone', autoComplete: 'tel' },
];

/** The recipient's address. Personal data: kept sealed by the station and erased 30 days after the order finishes. */
export function McfAddressFields({ value, onChange }: { value: AddressDraft; onChange(field: keyof McfAddress, text: string): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="mcf-address">
      <legend>{t('mcf.recipient')}</legend>
      {FIELDS.map((f) => (
        <label key={f.key}>
          {t(`mcf.address.${f.key}`)}
          {f.required ? ' *' : ''}
          <input
            name={`mcf-${f.key}`}
            value={value[f.key]}
            required={f.required}
            autoComplete={f.autoComplete}
            onChange={(e) => onChange(f.key, f.key === 'countryCode' ? e.target.value.toUpperCase() : e.target.value)}
          />
        </label>
      ))}
    </fieldset>
  );
}
