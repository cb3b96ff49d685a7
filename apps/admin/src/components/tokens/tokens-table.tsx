'use client';

import { Badge, formatDate, formatDateTime, personName } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePageLocale } from '@/i18n/error-text';
import { DataTable } from '../data-table';
import { RevokeTokenButton } from './revoke-token-button';
import { tokenStatus, tokenStatusTone, type ApiToken, type Pharmacy } from './token-status';

const td = 'px-3 py-2.5 align-top';

/** Issued tokens, newest first (never their secrets); active ones can be revoked. */
export function TokensTable({ tokens, pharmacies }: { tokens: ApiToken[]; pharmacies: Pharmacy[] }) {
  const t = useTranslations('tokens.table');
  const locale = usePageLocale();
  const pharmacyName = new Map(pharmacies.map((p) => [p.id, personName(p, locale) ?? p.name]));
  const pharmacistName = new Map(pharmacies.flatMap((p) => p.pharmacists.map((u) => [u.id, u.name] as const)));
  const now = Date.now();
  const when = (d: Date) => <time dateTime={d.toISOString()}>{formatDateTime(d, locale)}</time>;
  const columns = [
    ...(['name', 'pharmacy', 'pharmacist', 'created', 'expires', 'lastUsed', 'status'] as const).map((key) => ({ key, label: t(key) })),
    { key: 'actions', label: t('actions'), srOnly: true },
  ];
  return (
    <DataTable caption={t('caption')} columns={columns} minWidth="60rem">
      {tokens.map((tok) => {
        const status = tokenStatus(tok, now);
        return (
          <tr key={tok.id}>
            <th scope="row" dir="auto" className={`${td} max-w-[14rem] break-words text-start font-medium`}>
              {tok.name}
            </th>
            <td className={td}>
              <bdi>{pharmacyName.get(tok.pharmacyId ?? '') ?? tok.pharmacyId}</bdi>
              <bdi className="block font-mono text-xs text-slate-500">{tok.pharmacyId}</bdi>
            </td>
            <td className={td}>
              <bdi>{pharmacistName.get(tok.userId ?? '') ?? tok.userId}</bdi>
              <bdi className="block font-mono text-xs text-slate-500">{tok.userId}</bdi>
            </td>
            <td className={td}>
              {when(tok.createdAt)}
              <span className="block text-xs text-slate-500">
                {t.rich('by', { who: tok.createdBy, mono: (c) => <bdi className="font-mono">{c}</bdi> })}
              </span>
            </td>
            <td className={td}>{tok.expiresAt ? <time dateTime={tok.expiresAt.toISOString()}>{formatDate(tok.expiresAt, locale)}</time> : t('never')}</td>
            <td className={td}>{tok.lastUsedAt ? when(tok.lastUsedAt) : <span className="text-slate-500">{t('never')}</span>}</td>
            <td className={td}>
              <Badge tone={tokenStatusTone[status]}>{t(`statusLabel.${status}`)}</Badge>
              {tok.revokedAt ? <span className="block text-xs text-slate-500">{when(tok.revokedAt)}</span> : null}
            </td>
            <td className={`${td} text-end`}>
              <div className="flex flex-col items-end gap-2">
                {status === 'active' ? <RevokeTokenButton token={tok} /> : null}
                <Link
                  prefetch={false}
                  href={`/audit?aggregateId=${encodeURIComponent(tok.id)}`}
                  className="whitespace-nowrap text-sm font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700"
                >
                  {t('auditEntries')}
                </Link>
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
