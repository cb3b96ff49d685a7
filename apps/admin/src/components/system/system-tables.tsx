'use client';

import { Badge, Card, formatNumber, type Locale } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { since, type SystemStatus } from './system-parts';

/** A small table of figures, or `none` when there are no rows. */
function Table({ caption, head, rows, none }: { caption: string; head: ReactNode[]; rows: ReactNode[][]; none?: string }) {
  if (rows.length === 0 && none !== undefined) return <p className="text-sm text-slate-600">{none}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr>{head.map((h, i) => <th key={i} scope="col" className="px-2 py-2 text-start font-medium">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} className="px-2 py-2 tabular-nums">{c}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}

const ms = (v: number | null, locale: Locale, unit: (value: string) => string) => (v === null ? '–' : unit(formatNumber(v, locale)));

export function Lag({ status, locale }: { status: SystemStatus; locale: Locale }) {
  const t = useTranslations('system');
  const unit = (value: string) => t('numbers.ms', { value });
  return (
    <Card title={t('projections.title')} titleId="system-projections">
      <Table
        caption={t('projections.title')}
        none={t('projections.none')}
        head={[t('projections.name'), t('projections.lag'), t('projections.position')]}
        rows={status.projections.map((p) => [<bdi key="n">{p.name}</bdi>, ms(p.lagP95Ms, locale, unit), p.position === null ? '–' : formatNumber(p.position, locale)])}
      />
      {status.consumerLag.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">{t.rich('consumerLag.title', { bdi: (c) => <bdi>{c}</bdi> })}</h3>
          <Table
            caption={t('consumerLag.topic')}
            head={[t('consumerLag.topic'), t('consumerLag.lag')]}
            rows={status.consumerLag.map((c) => [<bdi key="t">{c.topic}</bdi>, formatNumber(c.lag, locale)])}
          />
        </>
      ) : null}
    </Card>
  );
}

const OUTCOMES = ['bad_signature', 'invalid', 'error'] as const;

export function Payments({ status, locale }: { status: SystemStatus; locale: Locale }) {
  const t = useTranslations('system.payments');
  const outcome = (o: string) => ((OUTCOMES as readonly string[]).includes(o) ? t(`outcomes.${o as (typeof OUTCOMES)[number]}`) : o);
  return (
    <Card title={t('title')} titleId="system-payments">
      <Table
        caption={t('title')}
        none={t('none')}
        head={[t('provider'), t('outcome'), t('count')]}
        rows={status.failedPaymentNotifications.map((f) => [<bdi key="p">{f.provider}</bdi>, outcome(f.outcome), formatNumber(f.count, locale)])}
      />
    </Card>
  );
}

export function Alerts({ status, locale }: { status: SystemStatus; locale: Locale }) {
  const t = useTranslations('system.alerts');
  const bdi = { bdi: (c: ReactNode) => <bdi>{c}</bdi> };
  return (
    <Card title={t('title')} titleId="system-alerts">
      {status.source === 'processes' ? (
        <p className="text-sm text-slate-600">{t.rich('noPrometheus', bdi)}</p>
      ) : status.alerts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {status.alerts.map((a, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2 py-2 text-sm">
              <Badge tone={a.state === 'firing' ? 'red' : 'amber'}>{t(a.state)}</Badge>
              <bdi className="font-medium">{a.name}</bdi>
              {a.summary ? <bdi className="text-slate-700">{a.summary}</bdi> : null}
              {a.since ? <span className="text-slate-500">{t('since', { time: since(a.since, locale) })}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
