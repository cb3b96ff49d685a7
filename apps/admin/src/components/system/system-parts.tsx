'use client';

import { Badge, Card, formatDateTime, formatNumber, type BadgeTone, type Locale } from '@healthpay/ui';
import type { RouterOutputs } from '@healthpay/api';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export type SystemStatus = RouterOutputs['system']['status'];

/** Product and protocol names are not translated: shown as they are, isolated inside Arabic text. */
const NAMES: Record<string, string> = { postgres: 'Postgres', kafka: 'Kafka', scylla: 'Cassandra / ScyllaDB', paymob: 'Paymob', fawry: 'Fawry' };
export const Name = ({ of }: { of: string }) => <bdi>{NAMES[of] ?? of}</bdi>;

const breakerTone: Record<string, BadgeTone> = { closed: 'green', 'half-open': 'amber', open: 'red' };

/** A label and its badge, one per line. */
function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center justify-between gap-3 py-2">
      <span className="text-sm text-slate-800">{label}</span>
      {children}
    </li>
  );
}

export function Dependencies({ status }: { status: SystemStatus }) {
  const t = useTranslations('system');
  return (
    <Card title={t('dependencies.title')} titleId="system-dependencies">
      <ul className="divide-y divide-slate-100">
        {status.dependencies.map((d) => (
          <Row key={d.name} label={<Name of={d.name} />}>
            <Badge tone={d.status === 'up' ? 'green' : 'red'}>{t(`dependencies.${d.status}`)}</Badge>
          </Row>
        ))}
      </ul>
      {status.providers.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold text-slate-700">{t('providers.title')}</h3>
          <ul className="divide-y divide-slate-100">
            {status.providers.map((p) => (
              <Row key={p.name} label={<Name of={p.name} />}>
                <Badge tone={breakerTone[p.breaker] ?? 'slate'}>{t(`providers.${p.breaker}`)}</Badge>
              </Row>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="mt-4 text-sm font-semibold text-slate-700">{t('processes.title')}</h3>
      {status.processes.length === 0 ? (
        <p className="py-2 text-sm text-slate-600">{t('processes.none')}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {status.processes.map((p) => (
            <Row key={`${p.job}/${p.instance}`} label={<bdi>{p.instance === p.job ? p.job : `${p.job} · ${p.instance}`}</bdi>}>
              <Badge tone={p.up ? 'green' : 'red'}>{t(p.up ? 'processes.up' : 'processes.down')}</Badge>
            </Row>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** A figure in the page's numerals, or "not measured yet". */
function Figure({ value, ms, locale }: { value: number | null; ms?: boolean; locale: Locale }) {
  const t = useTranslations('system.numbers');
  if (value === null) return <span className="text-sm text-slate-500">{t('unknown')}</span>;
  const text = formatNumber(Math.round(value * 10) / 10, locale);
  return <span className="text-2xl font-semibold tabular-nums text-slate-900">{ms ? t('ms', { value: text }) : text}</span>;
}

export function Numbers({ status, locale }: { status: SystemStatus; locale: Locale }) {
  const t = useTranslations('system.numbers');
  const items: [ReactNode, number | null, boolean][] = [
    [t('commandsPerSecond'), status.commandsPerSecond, false],
    [t('commandP95'), status.commandP95Ms, true],
    ...(status.relayBacklog !== null ? [[t.rich('relayBacklog', { bdi: (c) => <bdi>{c}</bdi> }), status.relayBacklog, false] as [ReactNode, number | null, boolean]] : []),
  ];
  return (
    <Card title={t('title')} titleId="system-numbers">
      <dl className="grid gap-4 sm:grid-cols-3">
        {items.map(([label, value, ms], i) => (
          <div key={i}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd><Figure value={value} ms={ms} locale={locale} /></dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export const since = (at: Date | null, locale: Locale) => (at ? formatDateTime(at, locale) : '');
