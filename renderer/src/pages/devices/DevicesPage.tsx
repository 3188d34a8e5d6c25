import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerScanHandler } from '../../scan/scan-router';
import { useWedgeScanner } from '../../scan/use-wedge-scanner';
import { useShallow } from 'zustand/react/shallow';
import { useDevicesStore } from '../../stores/devices-store';
import { useStationStore } from '../../stores/station-store';
import { messageOf } from './DeviceStatusLine';
import { ScaleSection } from './ScaleSection';
import { ScannerSection } from './ScannerSection';
import './devices.css';

/** The station's scale and scanner: pick and set them up, watch them live. Printers have their own page. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { loaded, load, loadPorts, addWedgeScan } = useDevicesStore(
    useShallow((s) => ({ loaded: s.loaded, load: s.load, loadPorts: s.loadPorts, addWedgeScan: s.addWedgeScan })),
  );
  const [error, setError] = useState<string | null>(null);
  const go = useStationStore((s) => s.go);
  // A keyboard-wedge scanner is tested here like any other: its scans are told from typing and listed below.
  useWedgeScanner();
  useEffect(() => registerScanHandler(addWedgeScan), [addWedgeScan]);

  useEffect(() => {
    load().catch((e: unknown) => setError(messageOf(e)));
    // A station without serial support still weighs with the virtual or USB scale: say so, and carry on.
    loadPorts().catch((e: unknown) => setError(t('devices.portsUnavailable', { message: messageOf(e) })));
  }, [load, loadPorts, t]);

  return (
    <section aria-labelledby="devices-title" className="devices-page">
      <h1 id="devices-title">{t('devices.title')}</h1>
      {error ? (
        <div role="alert" className="banner error">
          {error}
        </div>
      ) : null}
      {loaded ? (
        <>
          <ScaleSection />
          <ScannerSection />
          <section className="card page-head" aria-label={t('devices.printersTitle')}>
            <p>{t('devices.printersElsewhere')}</p>
            <button type="button" className="big" onClick={() => go('printers')}>
              {t('devices.openPrinters')}
            </button>
          </section>
        </>
      ) : null}
    </section>
  );
}
