import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJobRecord } from '../../../../shared/ipc/print';
import { call } from '../../ipc/station';
import { usePrintersStore } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';

/** Pages shown for one job; a long batch is opened from the virtual printer's folder instead. */
const PREVIEWS_SHOWN = 4;

function PreviewPane({ job }: { job: PrintJobRecord | null }) {
  const { t } = useTranslation();
  const [images, setImages] = useState<{ jobId: number; urls: string[]; error: string | null } | null>(null);
  const jobId = job?.id ?? null;
  const count = Math.min(job?.previews.length ?? 0, PREVIEWS_SHOWN);

  useEffect(() => {
    if (jobId === null || count === 0) return;
    let current = true;
    Promise.all(Array.from({ length: count }, (_, index) => call('print:preview', { jobId, index }))).then(
      (replies) => current && setImages({ jobId, urls: replies.map((r) => r.dataUrl), error: null }),
      (e: unknown) => current && setImages({ jobId, urls: [], error: messageOf(e) }),
    );
    return () => {
      current = false;
    };
  }, [jobId, count]);

  if (!job) return <div className="preview-pane muted">{t('printers.pickJob')}</div>;
  if (count === 0) return <div className="preview-pane muted">{t('printers.noPreview', { destination: job.destination })}</div>;
  const shown = images?.jobId === job.id ? images : null;
  return (
    <div className="preview-pane" data-testid="job-preview" aria-label={t('printers.preview')}>
      {shown?.error ? <p role="alert" className="error-text">{shown.error}</p> : null}
      {shown ? shown.urls.map((url, i) => <img key={i} src={url} alt={t('printers.previewAlt', { title: job.title, page: i + 1 })} />) : <span className="muted">{t('printers.loadingPreview')}</span>}
      {job.previews.length > PREVIEWS_SHOWN ? <p className="muted">{t('printers.morePages', { count: job.previews.length - PREVIEWS_SHOWN })}</p> : null}
    </div>
  );
}

export function RecentJobs({ selected, onSelect }: { selected: number | null; onSelect(id: number): void }) {
  const { t, i18n } = useTranslation();
  const { jobs, loadJobs } = usePrintersStore();
  const [error, setError] = useState<string | null>(null);
  const job = jobs.find((j) => j.id === selected) ?? null;
  return (
    <section className="card" aria-labelledby="jobs-title">
      <div className="page-head">
        <h2 id="jobs-title">{t('printers.jobsTitle')}</h2>
        <button type="button" className="small" onClick={() => void loadJobs().then(() => setError(null), (e: unknown) => setError(messageOf(e)))}>
          {t('printers.refreshJobs')}
        </button>
      </div>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
      <div className="jobs-layout">
        {jobs.length === 0 ? (
          <p className="muted">{t('printers.noJobs')}</p>
        ) : (
          <table className="grid" data-testid="job-list">
            <thead>
              <tr>
                <th>{t('printers.jobTime')}</th>
                <th>{t('printers.jobTitle')}</th>
                <th>{t('printers.jobPrinter')}</th>
                <th className="num">{t('printers.jobBytes')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} data-testid="job-row" className={j.id === selected ? 'selected' : ''} aria-selected={j.id === selected} onClick={() => onSelect(j.id)}>
                  <td className="num">{new Date(j.at).toLocaleTimeString(i18n.language)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => onSelect(j.id)}>
                      {j.title}
                    </button>
                    <span className="sub">{`${j.kind} · ${j.format.toUpperCase()}`}</span>
                  </td>
                  <td>{j.printer}</td>
                  <td className="num">{j.bytes.toLocaleString(i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <PreviewPane job={job} />
      </div>
    </section>
  );
}
