'use client';

import type { RouterOutputs } from '@healthpay/api';
import {
  Badge,
  Button,
  Card,
  ClaimBreakdown,
  claimRejectionText,
  claimStatusTone,
  EmptyState,
  englishBreakdownLabels,
  englishMessageFor,
  formatDateTime,
  Money,
  Notice,
  useTRPC,
} from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { claimStatusLabel } from './labels';
import { StaffReverseClaim } from './staff-reverse-claim';

type Claim = RouterOutputs['claims']['byCard']['items'][number];

/** The card's prescription claims, newest first; each opens to its lines. */
export function CardClaims({ cardId }: { cardId: string }) {
  const trpc = useTRPC();
  const claims = useInfiniteQuery(trpc.claims.byCard.infiniteQueryOptions({ cardId, limit: 10 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const items = claims.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title="Claims" titleId="claims-heading">
      {claims.isPending ? (
        <div role="status" aria-label="Loading claims" className="h-32 animate-pulse rounded-xl bg-slate-100" />
      ) : claims.isError && items.length === 0 ? (
        <Notice tone="error" title={englishMessageFor(claims.error)} />
      ) : items.length === 0 ? (
        <EmptyState title="No claims on this card yet" />
      ) : (
        <ul aria-labelledby="claims-heading" className="space-y-2">
          {items.map((c) => (
            // Two pharmacies may use the same prescription id on a card: the pharmacy is part of the key.
            <ClaimItem key={`${c.pharmacyId}/${c.prescriptionId}`} claim={c} />
          ))}
        </ul>
      )}
      {claims.hasNextPage ? (
        <Button variant="secondary" className="mt-4 w-full" loading={claims.isFetchingNextPage} onClick={() => void claims.fetchNextPage()}>
          Load more claims
        </Button>
      ) : null}
    </Card>
  );
}

function ClaimItem({ claim: c }: { claim: Claim }) {
  return (
    <li className="rounded-xl border border-slate-200">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-x-3 gap-y-1 p-3 text-sm [&::-webkit-details-marker]:hidden">
          <span className="min-w-0">
            <span className="font-medium">
              <span aria-hidden="true" className="me-1 inline-block text-slate-400 transition-transform group-open:rotate-90">
                ›
              </span>
              <bdi className="font-mono">{c.prescriptionId}</bdi> · {c.beneficiaryName ?? 'Unknown'}
            </span>
            <span className="block text-xs text-slate-500">
              {c.pharmacyName ?? c.pharmacyId} · <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, 'en')}</time>
            </span>
          </span>
          <span className="flex items-center gap-3">
            <Badge tone={claimStatusTone(c.status)}>{claimStatusLabel[c.status]}</Badge>
            <span className="text-end text-xs text-slate-600">
              Card paid <Money piasters={c.benefit} locale="en" className="font-semibold text-slate-900" />
            </span>
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-100 p-3">
          {c.rejection ? <Notice tone="warning" title="Rejected">{claimRejectionText(c.rejection)}</Notice> : null}
          <ClaimBreakdown claim={c} locale="en" priceOnly={c.status === 'rejected'} labels={englishBreakdownLabels(`Lines of ${c.prescriptionId}`)} />
          {c.copaymentPercent !== null ? <p className="text-xs text-slate-500">Priced with a {c.copaymentPercent}% copayment.</p> : null}
          {c.overridesUsed.length > 0 ? <p className="text-xs text-slate-500">Early refill used for {c.overridesUsed.map((o) => o.drugCode).join(', ')}.</p> : null}
          <StaffReverseClaim claim={c} />
        </div>
      </details>
    </li>
  );
}
