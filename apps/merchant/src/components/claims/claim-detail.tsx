'use client';

import { Button, EmptyState, englishMessageFor, errorInfo, formatDateTime, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Adjudication } from './adjudication';

/** One claim of this pharmacy's, with its adjudication of record. */
export function ClaimDetail({ cardId, prescriptionId }: { cardId: string; prescriptionId: string }) {
  const trpc = useTRPC();
  const claim = useQuery(trpc.claims.get.queryOptions({ cardId, prescriptionId }));

  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href="/claims" className="text-emerald-800 hover:underline">
        Claims
      </Link>
      <span aria-hidden="true" className="mx-2 text-slate-400">
        /
      </span>
      <span aria-current="page" className="text-slate-600">
        {prescriptionId}
      </span>
    </nav>
  );

  if (claim.isError) {
    const code = errorInfo(claim.error).code;
    return (
      <div className="space-y-4">
        {breadcrumb}
        {['PRESCRIPTION_NOT_FOUND', 'CARD_NOT_FOUND', 'NOT_FOUND', 'VALIDATION_FAILED'].includes(code) ? (
          <EmptyState title="Claim not found">It may still be on its way (a second or two), or it belongs to another pharmacy.</EmptyState>
        ) : (
          <Notice tone="error" title={englishMessageFor(claim.error)}>
            <Button variant="secondary" size="sm" className="mt-2" onClick={() => void claim.refetch()}>
              Try again
            </Button>
          </Notice>
        )}
      </div>
    );
  }
  if (claim.isPending) return <div role="status" aria-label="Loading claim" className="h-64 animate-pulse rounded-2xl bg-slate-200" />;

  const c = claim.data;
  return (
    <div className="space-y-4">
      {breadcrumb}
      <section aria-labelledby="claim-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h1 id="claim-heading" className="text-xl font-semibold">
          Prescription <bdi className="font-mono">{c.prescriptionId}</bdi>
        </h1>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          <bdi>{c.beneficiaryName ?? 'Unknown patient'}</bdi> · card <bdi className="font-mono">{c.cardId}</bdi> · decided {formatDateTime(c.decidedAt, 'en')}
          {c.copaymentPercent !== null ? ` · patient share ${c.copaymentPercent}%` : ''}
        </p>
        <Adjudication claim={c} preview={false} record />
      </section>
      <p className="text-xs text-slate-500">
        Amounts are final: a later change of the card&apos;s tier or limit does not re-price this claim.
      </p>
    </div>
  );
}
