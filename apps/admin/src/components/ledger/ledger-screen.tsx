'use client';

import { Button, Card, cairoDayOf, TextField } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { AccountEntries } from './account-entries';
import { AccountList } from './account-list';
import { isAccountKind, useAccountLabel } from './ledger-text';
import { TrialBalance } from './trial-balance';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Trial balance → accounts of a kind → an account's entries; the day and the drill-down live in the URL. */
export function LedgerScreen({ base }: { base: string }) {
  const t = useTranslations('ledger');
  const label = useAccountLabel();
  const params = useSearchParams();
  const asked = params.get('day') ?? '';
  const day = DAY.test(asked) ? asked : cairoDayOf();
  const kind = params.get('kind');
  const account = params.get('account')?.slice(0, 300) ?? '';
  return (
    <div className="space-y-4">
      <Card>
        <form key={params.toString()} method="get" action={base} className="flex flex-wrap items-end gap-3">
          <TextField label={t('day')} name="day" type="date" defaultValue={day} required />
          {account ? <input type="hidden" name="account" value={account} /> : isAccountKind(kind) ? <input type="hidden" name="kind" value={kind} /> : null}
          <Button type="submit">{t('show')}</Button>
        </form>
      </Card>
      {account || isAccountKind(kind) ? <Link href={`${base}?day=${day}`} className="inline-block text-sm text-teal-800 underline">{t('back')}</Link> : null}
      {account ? (
        <AccountEntries day={day} account={account} />
      ) : isAccountKind(kind) ? (
        <>
          <h2 className="text-lg font-semibold">{label(kind)}</h2>
          <AccountList day={day} kind={kind} base={base} />
        </>
      ) : (
        <TrialBalance day={day} base={base} />
      )}
    </div>
  );
}
