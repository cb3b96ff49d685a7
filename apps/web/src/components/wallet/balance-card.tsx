'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Figure, Money, Notice } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

type Wallet = RouterOutputs['wallet']['mine'][number];

/** Balance, split into what can be spent now and what is held for pending pharmacy purchases. */
export function BalanceCard({ wallet }: { wallet: Wallet }) {
  const t = useTranslations('wallet');
  const locale = useLocale();
  return (
    <section aria-labelledby="balance-heading" className="overflow-hidden rounded-2xl bg-gradient-to-br from-teal-700 to-teal-900 p-5 text-white shadow-md sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <h1 id="balance-heading" className="text-sm font-medium text-teal-100">
          {t('balanceHeading')}
        </h1>
        <span className="rounded-full bg-white/15 px-2.5 py-0.5 text-xs font-medium">{t(`status.${wallet.status}`)}</span>
      </div>
      <output aria-labelledby="balance-heading" aria-live="polite" className="mt-2 block text-3xl font-semibold tracking-tight sm:text-4xl">
        <Money piasters={wallet.balance} locale={locale} />
      </output>
      <dl className="mt-5 grid grid-cols-2 gap-3 text-sm">
        {(['available', 'held'] as const).map((k) => (
          <Figure key={k} label={t(k)} className="rounded-xl bg-white/10 p-3" labelClassName="text-teal-100" valueClassName="mt-1 font-semibold">
            <Money piasters={wallet[k]} locale={locale} />
          </Figure>
        ))}
      </dl>
      {wallet.status !== 'active' ? (
        <div className="mt-4 text-slate-900">
          <Notice tone={wallet.status === 'pending' ? 'info' : 'warning'}>{t(`notice.${wallet.status}`)}</Notice>
        </div>
      ) : null}
    </section>
  );
}
