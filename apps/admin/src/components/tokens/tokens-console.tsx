'use client';

import { EmptyState, errorInfo, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/i18n/error-text';
import { ForbiddenNotice } from '../audit/forbidden-notice';
import { LoadFailed, Loading } from '../load-state';
import { IssueTokenForm } from './issue-token-form';
import { TokensTable } from './tokens-table';

/** API tokens for pharmacy software: issue (secret shown once), list, revoke. */
export function TokensConsole() {
  const t = useTranslations('tokens');
  const errorText = useErrorText('tokens');
  const trpc = useTRPC();
  const tokens = useQuery(trpc.tokens.list.queryOptions({}));
  const pharmacies = useQuery(trpc.tokens.pharmacists.queryOptions());
  const errors = [tokens.error, pharmacies.error];
  // A failed refetch keeps the rows already shown (and a secret being copied); only a first load that failed replaces them.
  const failed = (!tokens.data && tokens.error) || (!pharmacies.data && pharmacies.error);

  if (errors.some((e) => e && errorInfo(e).code === 'FORBIDDEN')) return <ForbiddenNotice>{t('forbidden')}</ForbiddenNotice>;
  if (failed) {
    const retry = () => {
      if (tokens.isError) void tokens.refetch();
      if (pharmacies.isError) void pharmacies.refetch();
    };
    return <LoadFailed title={errorText(failed)} retry={t('tryAgain')} onRetry={retry} />;
  }
  if (tokens.isPending || pharmacies.isPending) return <Loading label={t('loading')} className="h-64" />;
  return (
    <div className="space-y-6">
      <IssueTokenForm pharmacies={pharmacies.data.items} />
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-base font-semibold">
          {t('issued')}
        </h2>
        {tokens.data.items.length === 0 ? (
          <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
        ) : (
          <TokensTable tokens={tokens.data.items} pharmacies={pharmacies.data.items} />
        )}
      </section>
    </div>
  );
}
