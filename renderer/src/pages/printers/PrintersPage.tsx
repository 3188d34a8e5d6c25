import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterProfile } from '../../../../shared/labels/printer-profile';
import { usePrintersStore } from '../../stores/printers-store';
import { messageOf } from '../devices/DeviceStatusLine';
import { PrinterEditor } from './PrinterEditor';
import { PrinterList } from './PrinterList';
import { RecentJobs } from './RecentJobs';
import { RoleAssignment } from './RoleAssignment';
import '../devices/devices.css';

type Editing = { profile: PrinterProfile | null } | null;

const STATUS_REFRESH_MS = 30_000;

/** The station's printers: profiles and their status, which prints what, test prints and the recent jobs. */
export function PrintersPage() {
  const { t } = useTranslation();
  const { view, load, refreshAllStatuses, loadJobs } = usePrintersStore();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [selectedJob, setSelectedJob] = useState<number | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setNotice({ ok: false, text: messageOf(e) }));
    // A printer can run out of labels or go offline while the page is open; its status is asked for again.
    // Other screens print too: their jobs show up here on the same beat.
    const timer = window.setInterval(() => {
      void refreshAllStatuses();
      loadJobs().catch((e: unknown) => setNotice({ ok: false, text: messageOf(e) }));
    }, STATUS_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load, refreshAllStatuses, loadJobs]);

  return (
    <section aria-labelledby="printers-title" className="printers-page">
      <div className="page-head">
        <h1 id="printers-title">{t('printers.title')}</h1>
        {editing ? null : (
          <button
            type="button"
            className="big primary"
            onClick={() => {
              setNotice(null);
              setEditing({ profile: null });
            }}
          >
            {t('printers.add')}
          </button>
        )}
      </div>
      {notice ? (
        <div role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'banner ok' : 'banner error'} data-testid="printers-notice">
          {notice.text}
        </div>
      ) : null}
      {editing ? (
        <PrinterEditor
          editing={editing.profile}
          onDone={(text) => {
            setEditing(null);
            setNotice({ ok: true, text });
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {view ? (
        <>
          <PrinterList
            onEdit={(profile) => {
              setNotice(null);
              setEditing({ profile });
            }}
            onTested={setSelectedJob}
            onNotice={setNotice}
          />
          <RoleAssignment onNotice={setNotice} />
          <RecentJobs selected={selectedJob} onSelect={setSelectedJob} />
        </>
      ) : null}
    </section>
  );
}
