'use client';

import {
  errorInfo, isClientError, toast, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey, type AdjudicatedClaim, type ErrorInfo,
} from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { buildClaim, cardDigits, lineFieldOfServerError, type SubmitClaimInput } from '@/lib/claim-form';
import { useClaimText } from '../text/use-claim-text';
import { useErrorText } from '../text/use-error-text';
import { CardStep } from './card-step';
import type { LookedUpCard } from './card-summary';
import { ClaimOutcome } from './claim-outcome';
import { CoveragePreview } from './coverage-preview';
import { PrescriptionStep } from './prescription-step';
import { useDraftLines } from './use-draft-lines';

/**
 * Claim a prescription at the counter: look the card up, choose the patient, type the drugs, check the
 * coverage (nothing recorded), then submit and show the answer of record.
 */
export function NewClaim() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const t = useTranslations('claims.form');
  const errorText = useErrorText();
  const claimText = useClaimText();

  const [typedNumber, setTypedNumber] = useState('');
  const [cardNumber, setCardNumber] = useState<string | null>(null);
  const [numberError, setNumberError] = useState<string>();
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [prescriptionId, setPrescriptionId] = useState('');
  const [checked, setChecked] = useState<{ input: SubmitClaimInput; preview: AdjudicatedClaim; previous: AdjudicatedClaim | null } | null>(null);
  const [result, setResult] = useState<AdjudicatedClaim | null>(null);
  const [unanswered, setUnanswered] = useState(false);

  const lookup = useQuery({ ...trpc.medcard.lookup.queryOptions({ cardNumber: cardNumber ?? '' }), enabled: cardNumber !== null, staleTime: 0 });
  const card = cardNumber !== null ? lookup.data : undefined;

  /** Why a lookup failed, for the card number field. */
  const lookupErrorText = (info: ErrorInfo, typed: string): string => {
    if (info.code === 'VALIDATION_FAILED') return cardDigits(typed) ? t('cardTypo') : t('cardFormat');
    if (info.code === 'CARD_NOT_FOUND' || info.code === 'NOT_FOUND') return t('cardNotFound');
    return errorText(info.code);
  };
  // A card with one member: that is who the prescription is for.
  useEffect(() => {
    if (card && card.beneficiaries.length === 1) setBeneficiaryId(card.beneficiaries[0]?.beneficiaryId ?? '');
  }, [card]);
  useEffect(() => {
    if (lookup.isError && cardNumber !== null) setNumberError(lookupErrorText(errorInfo(lookup.error), cardNumber));
  }, [lookup.isError, lookup.error, cardNumber]);

  /** Anything edited after a check: the check no longer describes the claim, and a submit is a new one. */
  const edited = () => {
    setChecked(null);
    setUnanswered(false);
    submission.reset();
  };
  const { lines, errors, setErrors, actions: lineActions, reset: resetLines, clearErrors } = useDraftLines(edited);

  const lookUp = (e: FormEvent) => {
    e.preventDefault();
    const typed = typedNumber.trim();
    if (!typed) return setNumberError(t('enterNumber'));
    if (!cardDigits(typed)) return setNumberError(t('cardFormat'));
    setNumberError(undefined);
    setBeneficiaryId('');
    edited();
    setResult(null);
    if (typed === cardNumber) void lookup.refetch();
    setCardNumber(typed);
  };

  const showServerError = (error: unknown) => {
    const info = errorInfo(error);
    const message = errorText(info.code);
    toast.error(message);
    if (info.code === 'DUPLICATE_PRESCRIPTION' || info.fieldErrors.some((f) => f.path === 'prescriptionId')) {
      setErrors((er) => ({ ...er, prescriptionId: info.code === 'DUPLICATE_PRESCRIPTION' ? t('duplicate') : message }));
      return;
    }
    const at = lineFieldOfServerError(info.details, info.fieldErrors.map((f) => f.path));
    if (at) setErrors((er) => ({ ...er, lines: er.lines.map((l, i) => (i === at.index ? { ...l, [at.field]: message } : l)) }));
  };
  const preview = useMutation({ mutationFn: (input: SubmitClaimInput) => client.claims.preview.query(input) });
  const submit = useMutation({ mutationFn: (input: SubmitClaimInput) => client.claims.submit.mutate(input, withIdempotencyKey(submission.key())) });

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!card) return;
    const built = buildClaim({ cardId: card.cardId, beneficiaryId, prescriptionId, lines });
    if (!built.ok) return setErrors(built.errors);
    clearErrors();
    preview.mutate(built.input, {
      onSuccess: (answer) => setChecked({ input: built.input, preview: answer.preview, previous: answer.previous }),
      onError: showServerError,
    });
  };

  const send = (input: SubmitClaimInput) =>
    submit.mutate(input, {
      onSuccess: async (answer) => {
        submission.reset();
        setUnanswered(false);
        setResult(answer);
        setChecked(null);
        toast.success(t('toast', { id: input.prescriptionId, status: claimText.status(answer.status).toLocaleLowerCase() }));
        // The card's month changed: show it at once, then let lists catch up with the read models.
        if (answer.remainingAfter !== null) {
          queryClient.setQueryData(trpc.medcard.lookup.queryKey({ cardNumber: cardNumber ?? '' }), (old: LookedUpCard | undefined) =>
            old ? { ...old, benefitUsed: old.benefitUsed + answer.benefit, remainingBenefit: answer.remainingAfter ?? old.remainingBenefit } : old,
          );
        }
        await queryClient.invalidateQueries(trpc.claims.pathFilter());
      },
      onError: (error) => {
        if (isClientError(error)) {
          submission.reset();
          setChecked(null);
          showServerError(error);
        } else {
          // No answer: the claim may be recorded. Submitting again sends the same Idempotency-Key.
          toast.error(errorText(error));
          setUnanswered(true);
        }
      },
    });

  const startOver = (keepCard: boolean) => {
    resetLines();
    setPrescriptionId('');
    setResult(null);
    edited();
    // Same card: its month was patched from the claim's answer, fresher than the read model a moment after.
    if (!keepCard) {
      setCardNumber(null);
      setTypedNumber('');
      setBeneficiaryId('');
    }
  };

  if (result) return <ClaimOutcome result={result} onSameCard={() => startOver(true)} onAnotherCard={() => startOver(false)} />;

  return (
    <div className="space-y-4">
      <CardStep
        typed={typedNumber}
        onType={(v) => {
          setTypedNumber(v);
          setNumberError(undefined);
        }}
        error={numberError}
        onLookUp={lookUp}
        looking={lookup.isFetching && cardNumber !== null}
        pending={cardNumber !== null && lookup.isPending && !lookup.isError}
        card={card}
      />
      {card ? (
        <PrescriptionStep
          card={card}
          beneficiaryId={beneficiaryId}
          onBeneficiary={(id) => {
            setBeneficiaryId(id);
            setErrors((er) => ({ ...er, beneficiary: undefined }));
            edited();
          }}
          prescriptionId={prescriptionId}
          onPrescriptionId={(v) => {
            setPrescriptionId(v);
            setErrors((er) => ({ ...er, prescriptionId: undefined }));
            edited();
          }}
          lines={lines}
          errors={errors}
          lineActions={lineActions}
          onCheck={check}
          checking={preview.isPending}
        />
      ) : null}
      {checked ? (
        <CoveragePreview
          key={checked.preview.decidedAt} // a new answer: remounted, its heading takes the focus again
          preview={checked.preview}
          previous={checked.previous}
          unanswered={unanswered}
          submitting={submit.isPending}
          onSubmit={() => send(checked.input)}
          onEdit={() => setChecked(null)}
        />
      ) : null}
    </div>
  );
}
