'use client';

import { Button, EmptyState, errorInfo, formatDate, formatNumber, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { CreateOrganizationForm } from './create-organization-form';
import { IssueOrganizationToken } from './issue-organization-token';

/** Superadmins: the organizations, adding one, and issuing an organization's REST token. */
export function OrganizationsConsole() {
  const t = useTranslations('organizations');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const trpc = useTRPC();
  const list = useQuery(trpc.organizations.list.queryOptions({}));

  if (list.error && errorInfo(list.error).code === 'FORBIDDEN') return <Notice tone="info">{t('forbidden')}</Notice>;
  if (!list.data && list.error) {
    return (
      <Notice tone="error" title={t('loadFailed')}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void list.refetch()}>
          {t('tryAgain')}
        </Button>
      </Notice>
    );
  }
  if (!list.data) return <div role="status" aria-label={t('title')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  const items = list.data.items;
  return (
    <div className="space-y-6">
      {items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.name')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.kind')}</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">{t('list.members')}</th>
                <th scope="col" className="px-4 py-3 text-end font-medium">{t('list.tokens')}</th>
                <th scope="col" className="px-4 py-3 text-start font-medium">{t('list.created')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="px-4 py-3 text-start font-medium">
                    {locale === 'ar' ? o.nameAr : o.name}
                    <span className="block font-mono text-xs font-normal text-slate-500" dir="ltr">{o.id}</span>
                  </th>
                  <td className="px-4 py-3">{t(`kinds.${o.kind}`)}</td>
                  <td className="px-4 py-3 text-end tabular-nums">{formatNumber(o.members, locale)}</td>
                  <td className="px-4 py-3 text-end tabular-nums">{formatNumber(o.activeTokens, locale)}</td>
                  <td className="px-4 py-3">
                    <time dateTime={new Date(o.createdAt).toISOString()}>{formatDate(o.createdAt, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <CreateOrganizationForm onCreated={() => void list.refetch()} />
        <IssueOrganizationToken organizations={items.filter((o) => o.kind !== 'healthpay')} onIssued={() => void list.refetch()} />
      </div>
    </div>
  );
}
