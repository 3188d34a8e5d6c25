import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../../shared/devices/device-events';

/** connecting / connected / unresponsive / disconnected / stopped, with the station's reason when there is one. */
export function DeviceStatusLine({ status, testId }: { status: DeviceStatus | null; testId: string }) {
  const { t } = useTranslation();
  const state = status?.state ?? 'stopped';
  return (
    <p className={`device-status ${state}`} data-testid={testId} data-state={state}>
      <span className="state-dot" aria-hidden="true" />
      <strong>{t(`devices.state.${state}`)}</strong>
      {status?.message ? <span className="status-message">{status.message}</span> : null}
    </p>
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
