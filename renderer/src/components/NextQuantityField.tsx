import type { useNextQuantityText } from './next-quantity';

/** The units-per-scan field beside a scan field; `name` and `className` are the screen's own, as its tests find it by them. */
export function NextQuantityField({ label, name, className, field }: { label: string; name: string; className: string; field: ReturnType<typeof useNextQuantityText> }) {
  return (
    <label className={className}>
      {label}
      <input name={name} inputMode="numeric" value={field.text} onChange={(e) => field.change(e.target.value)} autoComplete="off" />
    </label>
  );
}
