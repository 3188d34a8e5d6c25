import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Time left until an offer expires, refreshed every second; expired offers say so plainly. */
export function Countdown({ until }: { until: string | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!until) return null;
  const left = Date.parse(until) - now;
  if (Number.isNaN(left)) return null;
  if (left <= 0) return <span className="error-text">{t('inbound.expired')}</span>;
  const minutes = Math.floor(left / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const label =
    days > 0 ? t('inbound.leftDays', { days, hours: hours % 24 }) : hours > 0 ? t('inbound.leftHours', { hours, minutes: minutes % 60 }) : t('inbound.leftMinutes', { minutes, seconds: Math.floor(left / 1000) % 60 });
  return <span className={left < 30 * 60_000 ? 'warn-text' : 'countdown'}>{label}</span>;
}
