import { useTranslation } from 'react-i18next';
import type { DfPackage } from '../../../../shared/ipc/vendor-df';
import type { PrintJobRecord } from '../../../../shared/ipc/print';
import { useDfPrintStore } from '../../stores/df-print-store';

interface Props {
  jobs: PrintJobRecord[];
  packages: DfPackage[];
  onReprint(packageId: string): void;
  disabled: boolean;
}

/** The label number in a DF label job's title ("DF label <PO> <n>"), to offer that package's reprint. */
function packageOf(job: PrintJobRecord, packages: DfPackage[]): DfPackage | undefined {
  if (job.kind !== 'shipping-label') return undefined;
  const n = Number(job.title.split(' ').at(-1));
  return packages.find((p) => p.number === n);
}

/** What each printed document looked like at the printer: the virtual printer's page images, or where the job went. */
export function DfPrintPreviews({ jobs, packages, onReprint, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const previews = useDfPrintStore((s) => s.previews);
  if (jobs.length === 0) return <p className="df-sub">{t('df.nothingPrinted')}</p>;
  return (
    <div className="df-previews">
      {jobs.map((job) => {
        const pkg = packageOf(job, packages);
        const pages = previews[job.id] ?? [];
        return (
          <figure key={job.id} className="df-preview" data-testid="df-print-job" data-kind={job.kind} data-format={job.format}>
            {pages.map((src, i) => (
              <img key={i} src={src} alt={t('df.previewOf', { title: job.title, page: i + 1 })} data-testid={job.kind === 'shipping-label' ? 'df-label-preview' : 'df-slip-preview'} />
            ))}
            <figcaption>
              <strong>{job.kind === 'shipping-label' && pkg ? t('df.labelOfPackage', { n: pkg.number }) : t('df.packingSlip')}</strong>
              <span className="df-sub">{t('df.printedTo', { printer: job.printer, format: job.format.toUpperCase(), at: new Date(job.at).toLocaleTimeString(i18n.language) })}</span>
              {pkg && packages.length > 1 ? (
                <button type="button" className="big" onClick={() => onReprint(pkg.id)} disabled={disabled}>
                  {t('df.reprintOne', { n: pkg.number })}
                </button>
              ) : null}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
