'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

export const ACCOUNT_KINDS = ['wallet', 'clearing', 'pharmacy-payable', 'insurer-receivable', 'benefit-expense', 'commission-revenue', 'bank',
  'transfers-in-transit', 'staff-adjustments', 'unattributed-captures'] as const;
export type AccountKindName = (typeof ACCOUNT_KINDS)[number];
/** Kinds with one account per wallet, provider, pharmacy or insurer: the trial balance rolls them up. */
export const PER_PARTY: ReadonlySet<string> = new Set(['wallet', 'clearing', 'pharmacy-payable', 'insurer-receivable']);
export const isAccountKind = (k: string | null): k is AccountKindName => (ACCOUNT_KINDS as readonly (string | null)[]).includes(k);

export const usePortalLocale = (): 'ar' | 'en' => (useLocale() === 'ar' ? 'ar' : 'en');

/** An account's kind in the page's language (Latin names inside Arabic kept in <bdi>); the party (`:ph-1`) as is. */
export function useAccountLabel() {
  const t = useTranslations('ledger');
  return (account: string): ReactNode => {
    const i = account.indexOf(':');
    const kind = i < 0 ? account : account.slice(0, i);
    if (!isAccountKind(kind)) return <bdi>{account}</bdi>;
    const name = t.rich(`kinds.${kind}`, { bdi: (c) => <bdi>{c}</bdi> });
    return i < 0 ? name : <>{name} · <bdi dir="ltr">{account.slice(i + 1)}</bdi></>;
  };
}

/** What every ledger screen starts from: its messages, the page's language and account names. */
export const useLedgerScreen = () => ({ t: useTranslations('ledger'), locale: usePortalLocale(), label: useAccountLabel() });
