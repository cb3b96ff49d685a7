import { Button, Card, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { AuditSearch } from './audit-search';

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and Back returns to it. */
export function AuditFilterForm({ filters, errors }: Pick<AuditSearch, 'filters' | 'errors'>) {
  const t = useTranslations('audit.filters');
  return (
    <Card>
      <form method="get" action="/audit" role="search" aria-label={t('label')} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label={t('actor')} name="actorId" defaultValue={filters.actorId} autoComplete="off" hint={t('actorHint')} />
          <TextField label={t('action')} name="action" defaultValue={filters.action} autoComplete="off" hint={t('actionHint')} />
          <TextField label={t('aggregate')} name="aggregateId" defaultValue={filters.aggregateId} autoComplete="off" hint={t('aggregateHint')} />
        </div>
        <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <TextField label={t('from')} name="from" type="date" defaultValue={filters.from} error={errors.from && t(errors.from)} />
          <TextField label={t('to')} name="to" type="date" defaultValue={filters.to} error={errors.to && t(errors.to)} />
          <div className="flex gap-2">
            <Button type="submit">{t('filter')}</Button>
            <Link
              href="/audit"
              className="inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-500"
            >
              {t('clear')}
            </Link>
          </div>
        </div>
      </form>
    </Card>
  );
}
