'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DataTable, EmptyState, errorInfo, formatDate, formatNumber, LoadingBlock, Notice, RetryNotice, useTRPC, type DataColumn } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { CreateOrganizationForm } from './create-organization-form';
import { IssueOrganizationToken } from './issue-organization-token';

type Organization = RouterOutputs['organizations']['list']['items'][number];

/** Superadmins: the organizations, adding one, and issuing an organization's REST token. */
export function OrganizationsConsole() {
  const t = useTranslations('organizations');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const trpc = useTRPC();
  const list = useQuery(trpc.organizations.list.queryOptions({}));

  if (list.error && errorInfo(list.error).code === 'FORBIDDEN') return <Notice tone="info">{t('forbidden')}</Notice>;
  if (!list.data && list.error) return <RetryNotice title={t('loadFailed')} retry={t('tryAgain')} onRetry={list.refetch} />;
  if (!list.data) return <LoadingBlock label={t('title')} />;
  const items = list.data.items;
  const columns: DataColumn<Organization>[] = [
    {
      label: t('list.name'),
      cell: (o) => (
        <>
          {locale === 'ar' ? o.nameAr : o.name}
          <span className="block font-mono text-xs font-normal text-slate-500" dir="ltr">{o.id}</span>
        </>
      ),
    },
    { label: t('list.kind'), cell: (o) => t(`kinds.${o.kind}`) },
    { label: t('list.members'), align: 'end', className: 'tabular-nums', cell: (o) => formatNumber(o.members, locale) },
    { label: t('list.tokens'), align: 'end', className: 'tabular-nums', cell: (o) => formatNumber(o.activeTokens, locale) },
    { label: t('list.created'), cell: (o) => <time dateTime={new Date(o.createdAt).toISOString()}>{formatDate(o.createdAt, locale)}</time> },
  ];
  return (
    <div className="space-y-6">
      {items.length === 0 ? (
        <EmptyState title={t('list.empty')} />
      ) : (
        <DataTable caption={t('list.caption')} columns={columns} rows={items} rowKey={(o) => o.id} hover={false} />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <CreateOrganizationForm onCreated={() => void list.refetch()} />
        <IssueOrganizationToken organizations={items.filter((o) => o.kind !== 'healthpay')} onIssued={() => void list.refetch()} />
      </div>
    </div>
  );
}
