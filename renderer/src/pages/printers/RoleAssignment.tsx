import { useTranslation } from 'react-i18next';
import type { PrinterRole } from '../../../../shared/ipc/print';
import { usePrintersStore } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';

const ROLES: PrinterRole[] = ['labels', 'items', 'documents'];

/** Which printer prints shipping and box labels, item labels and documents. */
export function RoleAssignment({ onNotice }: { onNotice(notice: { ok: boolean; text: string }): void }) {
  const { t } = useTranslation();
  const { view, assign } = usePrintersStore();
  if (!view) return null;
  const choose = async (role: PrinterRole, printer: string) => {
    try {
      await assign(role, printer);
      onNotice({ ok: true, text: t('printers.roleSaved', { role: t(`printers.roles.${role}`), name: printer }) });
    } catch (e) {
      onNotice({ ok: false, text: messageOf(e) });
    }
  };
  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">{t('printers.rolesTitle')}</h2>
      <div className="row">
        {ROLES.map((role) => (
          <label key={role} className="grow">
            {t(`printers.roles.${role}`)}
            <select name={`role-${role}`} value={view.roles[role] ?? ''} onChange={(e) => void choose(role, e.target.value)}>
              {view.profiles.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </section>
  );
}
