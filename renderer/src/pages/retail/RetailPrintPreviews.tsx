import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobRecord } from '../../../../shared/ipc/print';
import { call } from '../../ipc/station';
import { latestJobs } from '../../stores/df-print-store';

interface Shown {
  job: PrintJobRecord;
  pages: string[];
}

/** What the printer got for this shipment (newest SSCC and content label jobs): the virtual printer's page images. */
export function RetailPrintPreviews({ shipmentId, printed }: { shipmentId: string; printed: number }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Shown[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const jobs = (await call('print:jobs', { limit: 100 })).filter((j) => j.entity === `retail:${shipmentId}`).sort((a, b) => b.id - a.id);
      const latest = await Promise.all(
        latestJobs(jobs).map(async (job) => ({ job, pages: (await Promise.all(job.previews.map((_, index) => call('print:preview', { jobId: job.id, index })))).map((p) => p.dataUrl) })),
      );
      if (live) setShown(latest);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [shipmentId, printed]);

  if (shown.length === 0) return null;
  return (
    <div className="df-previews">
      {shown.map(({ job, pages }) => (
        <figure key={job.id} className="df-preview" data-testid="retail-print-job" data-title={job.title}>
          {pages.slice(0, 4).map((src, i) => (
            <img key={i} src={src} alt={t('retail.previewOf', { title: job.title, page: i + 1 })} data-testid="retail-label-preview" />
          ))}
          <figcaption>
            <strong>{job.title}</strong>
            <span className="df-sub">{t('retail.printedAt', { printer: job.printer, at: new Date(job.at).toLocaleTimeString(i18n.language) })}</span>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
