import { Button, Card, TextField } from '@healthpay/ui';
import Link from 'next/link';
import type { AuditSearch } from './audit-search';

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and Back returns to it. */
export function AuditFilterForm({ filters, errors }: Pick<AuditSearch, 'filters' | 'errors'>) {
  return (
    <Card>
      <form method="get" action="/audit" role="search" aria-label="Filter the audit log" className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label="Actor (user id)" name="actorId" defaultValue={filters.actorId} autoComplete="off" hint="e.g. u-admin" />
          <TextField label="Action" name="action" defaultValue={filters.action} autoComplete="off" hint="Exact name, e.g. tokens.revoke" />
          <TextField label="Aggregate id" name="aggregateId" defaultValue={filters.aggregateId} autoComplete="off" hint="A wallet, card or token id" />
        </div>
        <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <TextField label="From (Cairo date)" name="from" type="date" defaultValue={filters.from} error={errors.from} />
          <TextField label="To (Cairo date, inclusive)" name="to" type="date" defaultValue={filters.to} error={errors.to} />
          <div className="flex gap-2">
            <Button type="submit">Filter</Button>
            <Link
              href="/audit"
              className="inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-500"
            >
              Clear
            </Link>
          </div>
        </div>
      </form>
    </Card>
  );
}
