'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { insuranceRejectionReasons } from '@healthpay/domain';
import {
  Button,
  englishMessageFor,
  formatMoney,
  isClientError,
  parseAmount,
  piastersToDecimal,
  SelectField,
  TextAreaField,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { insuranceRejectionLabel } from '../medcards/labels';

type Claim = RouterOutputs['insurance']['queue']['items'][number];
type Page = RouterOutputs['insurance']['queue'];
type Snapshot = RouterOutputs['insurance']['review'];
type ReviewInput = RouterInputs['insurance']['review'];
type Decision = ReviewInput['decision'];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The queue row after a decision, from the command's own answer (the projection follows a moment later). */
const decided = (c: Claim, s: Snapshot, reviewer: string, at: string): Claim =>
  c.claimId !== s.claimId
    ? c
    : {
        ...c,
        status: s.status,
        approvedAmount: s.approvedAmount,
        revision: s.revision,
        rejectionReason: s.rejection?.reason ?? null,
        reviewNote: s.rejection?.note || s.returnNote || null,
        reviewedBy: reviewer,
        reviewedAt: at,
        updatedAt: at,
      };

/** Approve (possibly less than claimed), reject with a reason, or return to the filer for correction. */
export function ReviewActions({ claim }: { claim: Claim }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const [open, setOpen] = useState<Decision | null>(null);
  const [amount, setAmount] = useState(() => piastersToDecimal(claim.amount));
  // No reason is pre-selected: the reviewer says why, every time.
  const [reason, setReason] = useState<string>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<Partial<Record<'amount' | 'note' | 'reason', string>>>({});
  const review = useMutation({ mutationFn: (input: ReviewInput) => client.insurance.review.mutate(input, withIdempotencyKey(submission.key())) });

  const choose = (d: Decision | null) => {
    setOpen(d);
    setError({});
    submission.reset();
  };

  const send = (input: ReviewInput, success: string) =>
    review.mutate(input, {
      onSuccess: async (snapshot) => {
        toast.success(success);
        submission.reset();
        const me = await queryClient.fetchQuery(trpc.session.me.queryOptions()).catch(() => null);
        const now = new Date().toISOString();
        const patch = (c: Claim) => decided(c, snapshot, me?.id ?? 'you', now);
        // Show the decision in place (in every list holding this claim), then let the projection catch up.
        queryClient.setQueriesData<InfiniteData<Page> | Page>({ queryKey: trpc.insurance.queue.pathKey() }, (old) => {
          if (!old) return old;
          if ('pages' in old) return { ...old, pages: old.pages.map((p) => ({ ...p, items: p.items.map(patch) })) };
          return { ...old, items: old.items.map(patch) };
        });
        for (let attempt = 1; attempt <= 10; attempt++) {
          const page = await queryClient
            .fetchQuery({ ...trpc.insurance.queue.queryOptions({ status: 'all', cardId: claim.cardId, limit: 50 }), staleTime: 0, retry: false })
            .catch(() => null);
          if (page?.items.some((c) => c.claimId === claim.claimId && c.status === snapshot.status)) break;
          await pause(100 * attempt);
        }
        // Lists refetch when next opened; the one on screen keeps the decided row visible meanwhile.
        await queryClient.invalidateQueries({ ...trpc.insurance.queue.pathFilter(), refetchType: 'none' });
        await queryClient.invalidateQueries(trpc.medcard.pathFilter());
      },
      onError: (e) => {
        toast.error(englishMessageFor(e));
        if (isClientError(e)) submission.reset();
      },
    });

  const approve = (e: FormEvent) => {
    e.preventDefault();
    const p = parseAmount(amount);
    if (!p.ok) return setError({ amount: 'Enter the amount the insurer pays, like 100 or 99.50.' });
    if (p.piasters > claim.amount) return setError({ amount: `At most the amount claimed (${formatMoney(claim.amount, 'en')}).` });
    send({ cardId: claim.cardId, claimId: claim.claimId, decision: 'approve', approvedAmount: p.piasters }, `Insurance claim approved: ${formatMoney(p.piasters, 'en')}`);
  };
  const reject = (e: FormEvent) => {
    e.preventDefault();
    if (reason === '') return setError({ reason: 'Choose why the claim is rejected.' });
    if (reason === 'OTHER' && note.trim() === '') return setError({ note: 'Explain the reason: “Other” needs a note.' });
    send(
      { cardId: claim.cardId, claimId: claim.claimId, decision: 'reject', reason: reason as (typeof insuranceRejectionReasons)[number], ...(note.trim() && { note: note.trim() }) },
      'Insurance claim rejected',
    );
  };
  const giveBack = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') return setError({ note: 'Say what the filer should correct.' });
    send({ cardId: claim.cardId, claimId: claim.claimId, decision: 'return', note: note.trim() }, 'Insurance claim returned for correction');
  };

  const cancel = (
    <Button variant="secondary" disabled={review.isPending} onClick={() => choose(null)}>
      Cancel
    </Button>
  );

  if (open === 'approve') {
    return (
      <form noValidate onSubmit={approve} aria-label="Approve insurance claim" className="space-y-3 rounded-xl bg-slate-50 p-3">
        <div className="sm:w-64">
          <TextField
            label="Approved amount (EGP)"
            inputMode="decimal"
            hint={`Claimed: ${formatMoney(claim.amount, 'en')}. Lower it if the insurer pays less.`}
            error={error.amount}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              setError({});
              submission.reset();
            }}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={review.isPending}>
            Confirm approval
          </Button>
          {cancel}
        </div>
      </form>
    );
  }
  if (open === 'reject') {
    return (
      <form noValidate onSubmit={reject} aria-label="Reject insurance claim" className="space-y-3 rounded-xl bg-slate-50 p-3">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label="Reason"
            value={reason}
            error={error.reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError({});
              submission.reset();
            }}
          >
            <option value="" disabled>
              Choose a reason…
            </option>
            {insuranceRejectionReasons.map((r) => (
              <option key={r} value={r}>
                {insuranceRejectionLabel[r] ?? r}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={reason === 'OTHER' ? 'Note' : 'Note (optional)'}
            rows={2}
            maxLength={1000}
            error={error.note}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setError({});
              submission.reset();
            }}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" loading={review.isPending}>
            Confirm rejection
          </Button>
          {cancel}
        </div>
      </form>
    );
  }
  if (open === 'return') {
    return (
      <form noValidate onSubmit={giveBack} aria-label="Return insurance claim" className="space-y-3 rounded-xl bg-slate-50 p-3">
        <TextAreaField
          label="What to correct"
          rows={2}
          maxLength={1000}
          hint="Sent back to whoever filed it; they correct and resubmit."
          error={error.note}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setError({});
            submission.reset();
          }}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={review.isPending}>
            Return for correction
          </Button>
          {cancel}
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button size="sm" onClick={() => choose('approve')}>
        Approve…
      </Button>
      <Button size="sm" variant="secondary" className="text-red-700" onClick={() => choose('reject')}>
        Reject…
      </Button>
      <Button size="sm" variant="secondary" onClick={() => choose('return')}>
        Return…
      </Button>
    </div>
  );
}
