'use client';

import { Button, EmptyState, englishMessageFor, errorInfo, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { ForbiddenNotice } from '../audit/forbidden-notice';
import { IssueTokenForm } from './issue-token-form';
import { TokensTable } from './tokens-table';

/** API tokens for pharmacy software: issue (secret shown once), list, revoke. */
export function TokensConsole() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.tokens.list.queryOptions({}));
  const pharmacies = useQuery(trpc.tokens.pharmacists.queryOptions());
  const errors = [tokens.error, pharmacies.error];
  // A failed refetch keeps the rows already shown (and a secret being copied); only a first load that failed replaces them.
  const failed = (!tokens.data && tokens.error) || (!pharmacies.data && pharmacies.error);

  if (errors.some((e) => e && errorInfo(e).code === 'FORBIDDEN')) {
    return <ForbiddenNotice>API tokens are managed by superadmins. Ask one to issue or revoke a pharmacy&apos;s token.</ForbiddenNotice>;
  }
  if (failed) {
    return (
      <Notice tone="error" title={englishMessageFor(failed)}>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => {
            if (tokens.isError) void tokens.refetch();
            if (pharmacies.isError) void pharmacies.refetch();
          }}
        >
          Try again
        </Button>
      </Notice>
    );
  }
  if (tokens.isPending || pharmacies.isPending) {
    return <div role="status" aria-label="Loading API tokens" className="h-64 animate-pulse rounded-2xl bg-slate-200" />;
  }
  return (
    <div className="space-y-6">
      <IssueTokenForm pharmacies={pharmacies.data.items} />
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-base font-semibold">
          Issued tokens
        </h2>
        {tokens.data.items.length === 0 ? (
          <EmptyState title="No API tokens yet">Issue one above for a pharmacy&apos;s software.</EmptyState>
        ) : (
          <TokensTable tokens={tokens.data.items} pharmacies={pharmacies.data.items} />
        )}
      </section>
    </div>
  );
}
