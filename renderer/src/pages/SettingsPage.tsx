import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/settings';
import { useStationStore } from '../stores/station-store';

const LANGUAGES: { id: Language; label: string }[] = [
  { id: 'zh-CN', label: '简体中文' },
  { id: 'en', label: 'English' },
];

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, info, updateSettings } = useStationStore();
  const [stationName, setStationName] = useState(settings?.stationName ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (!settings) return null;

  const saveName = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateSettings({ stationName });
      setError(null);
      setNotice(t('settings.saved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {notice ? <div role="status" className="banner ok">{notice}</div> : null}
      {error ? <div role="alert" className="banner error">{error}</div> : null}
      <div className="card">
        <fieldset>
          <legend>{t('settings.language')}</legend>
          <div className="segmented">
            {LANGUAGES.map((l) => (
              <button
                key={l.id}
                type="button"
                lang={l.id}
                className={settings.language === l.id ? 'big selected' : 'big'}
                aria-pressed={settings.language === l.id}
                onClick={() => void updateSettings({ language: l.id })}
              >
                {l.label}
              </button>
            ))}
          </div>
        </fieldset>
        <form onSubmit={saveName} className="inline-form">
          <label>
            {t('settings.stationName')}
            <input name="stationName" value={stationName} onChange={(e) => setStationName(e.target.value)} maxLength={60} />
          </label>
          <button type="submit" className="primary big">
            {t('settings.save')}
          </button>
        </form>
      </div>
      {info ? (
        <div className="card">
          <h2>{t('settings.about')}</h2>
          <dl className="facts">
            <dt>{t('settings.version')}</dt>
            <dd data-testid="station-version">{info.version}</dd>
            <dt>{t('settings.host')}</dt>
            <dd>{info.host === 'electron' ? t('settings.hostElectron') : t('settings.hostBrowser')}</dd>
            <dt>{t('settings.dataDir')}</dt>
            <dd className="mono">{info.dataDir}</dd>
            <dt>{t('settings.schema')}</dt>
            <dd>{info.schemaVersion}</dd>
            <dt>{t('settings.secretStorage')}</dt>
            <dd>{info.secretStorage === 'os-keychain' ? t('settings.secretOsKeychain') : t('settings.secretKeyFile')}</dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
