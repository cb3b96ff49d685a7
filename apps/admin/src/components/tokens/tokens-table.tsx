'use client';

import { Badge, formatDate, formatDateTime } from '@healthpay/ui';
import Link from 'next/link';
import { RevokeTokenButton } from './revoke-token-button';
import { tokenStatus, tokenStatusLabel, tokenStatusTone, type ApiToken, type Pharmacy } from './token-status';

const th = 'px-3 py-3 text-start font-medium';
const td = 'px-3 py-2.5 align-top';

/** Issued tokens, newest first (never their secrets); active ones can be revoked. */
export function TokensTable({ tokens, pharmacies }: { tokens: ApiToken[]; pharmacies: Pharmacy[] }) {
  const pharmacyName = new Map(pharmacies.map((p) => [p.id, p.name]));
  const pharmacistName = new Map(pharmacies.flatMap((p) => p.pharmacists.map((u) => [u.id, u.name] as const)));
  const now = Date.now();
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[60rem] text-sm">
        <caption className="sr-only">API tokens, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Pharmacy</th>
            <th scope="col" className={th}>Acting pharmacist</th>
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>Expires</th>
            <th scope="col" className={th}>Last used</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => {
            const status = tokenStatus(t, now);
            return (
              <tr key={t.id}>
                <th scope="row" className={`${td} max-w-[14rem] break-words text-start font-medium`}>
                  {t.name}
                </th>
                <td className={td}>
                  {pharmacyName.get(t.pharmacyId ?? '') ?? t.pharmacyId}
                  <span className="block font-mono text-xs text-slate-500">{t.pharmacyId}</span>
                </td>
                <td className={td}>
                  {pharmacistName.get(t.userId ?? '') ?? t.userId}
                  <span className="block font-mono text-xs text-slate-500">{t.userId}</span>
                </td>
                <td className={td}>
                  <time dateTime={t.createdAt.toISOString()}>{formatDateTime(t.createdAt, 'en')}</time>
                  <span className="block text-xs text-slate-500">
                    by <span className="font-mono">{t.createdBy}</span>
                  </span>
                </td>
                <td className={td}>
                  {t.expiresAt ? <time dateTime={t.expiresAt.toISOString()}>{formatDate(t.expiresAt, 'en')}</time> : 'Never'}
                </td>
                <td className={td}>
                  {t.lastUsedAt ? (
                    <time dateTime={t.lastUsedAt.toISOString()}>{formatDateTime(t.lastUsedAt, 'en')}</time>
                  ) : (
                    <span className="text-slate-500">Never</span>
                  )}
                </td>
                <td className={td}>
                  <Badge tone={tokenStatusTone[status]}>{tokenStatusLabel[status]}</Badge>
                  {t.revokedAt ? (
                    <span className="block text-xs text-slate-500">
                      <time dateTime={t.revokedAt.toISOString()}>{formatDateTime(t.revokedAt, 'en')}</time>
                    </span>
                  ) : null}
                </td>
                <td className={`${td} text-end`}>
                  <div className="flex flex-col items-end gap-2">
                    {status === 'active' ? <RevokeTokenButton token={t} /> : null}
                    <Link
                      prefetch={false}
                      href={`/audit?aggregateId=${encodeURIComponent(t.id)}`}
                      className="whitespace-nowrap text-sm font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700"
                    >
                      Audit entries
                    </Link>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
