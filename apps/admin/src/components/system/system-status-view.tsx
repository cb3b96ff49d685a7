'use client';

import { Badge, errorInfo, LoadingBlock, Notice, TIME_ZONE, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { Dependencies, Numbers } from './system-parts';
import { Alerts, Lag, Payments } from './system-tables';

/** How often the page asks again: live enough to watch an incident, cheap for the API. */
const REFRESH_MS = 5_000;

/** Cairo time to the second: the page refreshes every few seconds and should visibly say so. */
const clock = (at: Date, locale: 'ar' | 'en') =>
  new Intl.DateTimeFormat(locale === 'ar' ? 'ar-EG' : 'en-GB', { timeStyle: 'medium', timeZone: TIME_ZONE }).format(at);

/** The System page's body: one `system.status` snapshot, polled. */
export function SystemStatusView() {
  const t = useTranslations('system');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const trpc = useTRPC();
  const status = useQuery({ ...trpc.system.status.queryOptions({}), refetchInterval: REFRESH_MS });
  if (status.isPending) return <LoadingBlock label={t('loading')} className="h-64" />;
  if (!status.data) {
    return <Notice tone="error" title={errorInfo(status.error).code === 'FORBIDDEN' ? t('forbidden') : t('loadFailed')} />;
  }
  const s = status.data;
  const bdi = { bdi: (c: React.ReactNode) => <bdi>{c}</bdi> };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <Badge tone={s.source === 'prometheus' ? 'blue' : 'slate'}>{t.rich(`source.${s.source}`, bdi)}</Badge>
        <span aria-live="polite">{t('updated', { time: clock(s.at, locale) })}</span>
      </div>
      {s.prometheusError ? <Notice tone="warning" title={t.rich('source.fallback', { ...bdi, error: s.prometheusError })} /> : null}
      {status.isError ? <Notice tone="error" title={t('loadFailed')} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Dependencies status={s} />
        <div className="space-y-4">
          <Numbers status={s} locale={locale} />
          <Alerts status={s} locale={locale} />
        </div>
        <Lag status={s} locale={locale} />
        <Payments status={s} locale={locale} />
      </div>
    </div>
  );
}
