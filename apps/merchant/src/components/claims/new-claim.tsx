'use client';

import {
  Button,
  Card,
  cn,
  englishErrorMessages,
  errorInfo,
  formatDateTime,
  isClientError,
  Money,
  newUuid,
  Notice,
  relationshipLabel,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
  type AdjudicatedClaim,
  type ErrorInfo,
} from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  buildClaim,
  cardDigits,
  draftTotal,
  lineFieldOfServerError,
  type DraftErrors,
  type DraftLine,
  type LineField,
  type SubmitClaimInput,
} from '@/lib/claim-form';
import { CollectFromWallet } from '../copay/collect-from-wallet';
import { claimStatusLabel } from '../labels';
import { Adjudication } from './adjudication';
import { CardSummary, type LookedUpCard } from './card-summary';
import { DrugLines } from './drug-lines';

const emptyLine = (): DraftLine => ({ key: newUuid(), drugCode: '', drugName: '', quantity: '1', unitPrice: '', daysSupply: '' });
const noErrors = (lines: readonly DraftLine[]): DraftErrors => ({ lines: lines.map(() => ({})) });

/** Why a lookup failed, for the card number field. */
function lookupErrorText(info: ErrorInfo, typed: string): string {
  if (info.code === 'VALIDATION_FAILED') {
    return cardDigits(typed)
      ? 'This card number has a typo: check the digits against the card.'
      : 'A card number is HP- and 10 digits, e.g. HP-1000000172.';
  }
  if (info.code === 'CARD_NOT_FOUND' || info.code === 'NOT_FOUND') return 'No MedCard has this number. Check the digits against the card.';
  return englishErrorMessages[info.code];
}

/**
 * Claim a prescription at the counter: look the card up, choose the patient, type the drugs, check the
 * coverage (nothing recorded), then submit and show the answer of record.
 */
export function NewClaim() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();

  const [typedNumber, setTypedNumber] = useState('');
  const [cardNumber, setCardNumber] = useState<string | null>(null);
  const [numberError, setNumberError] = useState<string>();
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [prescriptionId, setPrescriptionId] = useState('');
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine()]);
  const [errors, setErrors] = useState<DraftErrors>(() => noErrors(lines));
  const [checked, setChecked] = useState<{ input: SubmitClaimInput; preview: AdjudicatedClaim; previous: AdjudicatedClaim | null } | null>(null);
  const [result, setResult] = useState<AdjudicatedClaim | null>(null);
  const [unanswered, setUnanswered] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const lookup = useQuery({ ...trpc.medcard.lookup.queryOptions({ cardNumber: cardNumber ?? '' }), enabled: cardNumber !== null, staleTime: 0 });
  const card = cardNumber !== null ? lookup.data : undefined;

  // A card with one member: that is who the prescription is for.
  useEffect(() => {
    if (card && card.beneficiaries.length === 1) setBeneficiaryId(card.beneficiaries[0]?.beneficiaryId ?? '');
  }, [card]);
  useEffect(() => {
    if (lookup.isError && cardNumber !== null) setNumberError(lookupErrorText(errorInfo(lookup.error), cardNumber));
  }, [lookup.isError, lookup.error, cardNumber]);
  useEffect(() => {
    if (checked) previewHeading.current?.focus();
  }, [checked]);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  /** Anything edited after a check: the check no longer describes the claim, and a submit is a new one. */
  const edited = () => {
    setChecked(null);
    setUnanswered(false);
    submission.reset();
  };

  const lookUp = (e: FormEvent) => {
    e.preventDefault();
    const typed = typedNumber.trim();
    if (!typed) return setNumberError('Enter the number on the card.');
    if (!cardDigits(typed)) return setNumberError('A card number is HP- and 10 digits, e.g. HP-1000000172.');
    setNumberError(undefined);
    setBeneficiaryId('');
    edited();
    setResult(null);
    if (typed === cardNumber) void lookup.refetch();
    setCardNumber(typed);
  };

  const showServerError = (error: unknown) => {
    const info = errorInfo(error);
    const message = englishErrorMessages[info.code];
    toast.error(message);
    if (info.code === 'DUPLICATE_PRESCRIPTION' || info.fieldErrors.some((f) => f.path === 'prescriptionId')) {
      setErrors((er) => ({ ...er, prescriptionId: info.code === 'DUPLICATE_PRESCRIPTION' ? 'This prescription number was already claimed with other drugs.' : message }));
      return;
    }
    const at = lineFieldOfServerError(info.details, info.fieldErrors.map((f) => f.path));
    if (at) {
      setErrors((er) => ({ ...er, lines: er.lines.map((l, i) => (i === at.index ? { ...l, [at.field]: message } : l)) }));
    }
  };

  const preview = useMutation({ mutationFn: (input: SubmitClaimInput) => client.claims.preview.query(input) });
  const submit = useMutation({
    mutationFn: (input: SubmitClaimInput) => client.claims.submit.mutate(input, withIdempotencyKey(submission.key())),
  });

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (!card) return;
    const built = buildClaim({ cardId: card.cardId, beneficiaryId, prescriptionId, lines });
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors(noErrors(lines));
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
        toast.success(`Claim ${input.prescriptionId}: ${(claimStatusLabel[answer.status] ?? answer.status).toLowerCase()}`);
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
          toast.error(englishErrorMessages[errorInfo(error).code]);
          setUnanswered(true);
        }
      },
    });

  const startOver = (keepCard: boolean) => {
    const fresh = [emptyLine()];
    setLines(fresh);
    setErrors(noErrors(fresh));
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

  const changeLine = (index: number, field: LineField, value: string) => {
    setLines((ls) => ls.map((l, i) => (i === index ? { ...l, [field]: value } : l)));
    setErrors((er) => ({ ...er, lines: er.lines.map((l, i) => (i === index ? { ...l, [field]: undefined } : l)) }));
    edited();
  };
  const addLine = () => {
    setLines((ls) => [...ls, emptyLine()]);
    setErrors((er) => ({ ...er, lines: [...er.lines, {}] }));
    edited();
  };
  const removeLine = (index: number) => {
    setLines((ls) => ls.filter((_, i) => i !== index));
    setErrors((er) => ({ ...er, lines: er.lines.filter((_, i) => i !== index) }));
    edited();
  };

  if (result) {
    const title = result.status === 'approved' ? 'Claim approved' : result.status === 'partial' ? 'Claim partially approved' : 'Claim rejected';
    return (
      <div className="space-y-4">
        <section aria-labelledby="result-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="result-heading" ref={resultHeading} tabIndex={-1} className="text-xl font-semibold outline-none">
            {title}
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">
            Prescription <bdi className="font-mono">{result.prescriptionId}</bdi> · card <bdi className="font-mono">{result.cardId}</bdi> ·{' '}
            {formatDateTime(result.decidedAt, 'en')}
          </p>
          <Adjudication claim={result} preview={false} />
        </section>
        {result.status !== 'rejected' && result.copay > 0 ? (
          <CollectFromWallet cardId={result.cardId} prescriptionId={result.prescriptionId} amount={result.copay} />
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => startOver(true)}>New prescription, same card</Button>
          <Button variant="secondary" onClick={() => startOver(false)}>
            Another card
          </Button>
          <Link
            href={`/claims/${encodeURIComponent(result.cardId)}/${encodeURIComponent(result.prescriptionId)}`}
            className="inline-flex h-11 items-center rounded-xl px-4 text-sm font-medium text-emerald-800 underline"
          >
            Open this claim
          </Link>
        </div>
      </div>
    );
  }

  const total = draftTotal(lines);
  return (
    <div className="space-y-4">
      <Card title="1. Card" titleId="card-step">
        <form noValidate onSubmit={lookUp} role="search" aria-label="Find a MedCard" className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="sm:w-80">
            <TextField
              label="Card number"
              hint="As printed, e.g. HP-1000000172. Spaces and Arabic digits are fine."
              autoComplete="off"
              spellCheck={false}
              dir="ltr"
              error={numberError}
              value={typedNumber}
              onChange={(e) => {
                setTypedNumber(e.target.value);
                setNumberError(undefined);
              }}
            />
          </div>
          <Button type="submit" className="sm:mt-[1.625rem]" loading={lookup.isFetching && cardNumber !== null}>
            Look up
          </Button>
        </form>
        {cardNumber !== null && lookup.isPending && !lookup.isError ? (
          <div role="status" aria-label="Looking up the card" className="mt-4 h-28 animate-pulse rounded-xl bg-slate-100" />
        ) : null}
        {card ? (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <CardSummary card={card} />
          </div>
        ) : null}
      </Card>

      {card ? (
        <Card title="2. Prescription" titleId="rx-step">
          <form noValidate onSubmit={check} className="space-y-4" aria-labelledby="rx-step">
            <fieldset aria-describedby={errors.beneficiary ? 'beneficiary-error' : undefined}>
              <legend className="mb-2 text-sm font-medium text-slate-700">Who is the prescription for?</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                {card.beneficiaries.map((b) => (
                  <label
                    key={b.beneficiaryId}
                    className={cn(
                      'flex cursor-pointer items-center gap-3 rounded-xl border p-3 text-sm has-[:checked]:border-emerald-600 has-[:checked]:bg-emerald-50',
                      errors.beneficiary ? 'border-red-400' : 'border-slate-200',
                    )}
                  >
                    <input
                      type="radio"
                      name="beneficiary"
                      value={b.beneficiaryId}
                      checked={beneficiaryId === b.beneficiaryId}
                      onChange={() => {
                        setBeneficiaryId(b.beneficiaryId);
                        setErrors((er) => ({ ...er, beneficiary: undefined }));
                        edited();
                      }}
                      className="size-4 accent-emerald-700"
                    />
                    <span>
                      <span className="block font-medium">{b.name}</span>
                      <span className="block text-xs text-slate-500">{relationshipLabel(b.relationship)}</span>
                    </span>
                  </label>
                ))}
              </div>
              {errors.beneficiary ? (
                <p id="beneficiary-error" className="mt-1.5 text-sm text-red-700">
                  {errors.beneficiary}
                </p>
              ) : null}
            </fieldset>
            <div className="sm:w-80">
              <TextField
                label="Prescription number"
                hint="As written on the prescription. Each prescription is claimed once."
                autoComplete="off"
                spellCheck={false}
                maxLength={100}
                error={errors.prescriptionId}
                value={prescriptionId}
                onChange={(e) => {
                  setPrescriptionId(e.target.value);
                  setErrors((er) => ({ ...er, prescriptionId: undefined }));
                  edited();
                }}
              />
            </div>
            <DrugLines lines={lines} errors={errors.lines} onChange={changeLine} onAdd={addLine} onRemove={removeLine} />
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
              <p className="text-sm">
                <span id="rx-total" className="text-slate-600">
                  Prescription total
                </span>{' '}
                <output aria-labelledby="rx-total" className="text-lg font-semibold">
                  <Money piasters={total} locale="en" />
                </output>
              </p>
              <Button type="submit" loading={preview.isPending}>
                Check coverage
              </Button>
            </div>
          </form>
        </Card>
      ) : null}

      {checked ? (
        <section aria-labelledby="preview-heading" className="rounded-2xl border-2 border-emerald-600/30 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1} className="text-base font-semibold outline-none">
            Coverage check
          </h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">Nothing is recorded yet. Tell the patient their share, then submit the claim.</p>
          {checked.previous ? (
            <div className="mb-4">
              <Notice tone="info" title={`Prescription ${checked.previous.prescriptionId} was claimed before (${formatDateTime(checked.previous.decidedAt, 'en')}).`}>
                {checked.previous.status === 'rejected'
                  ? 'It was rejected then; submitting checks it again.'
                  : 'It was approved: submitting the same drugs again returns that answer, and different drugs are refused.'}
              </Notice>
            </div>
          ) : null}
          <Adjudication claim={checked.preview} preview />
          {unanswered ? (
            <div className="mt-4">
              <Notice tone="warning">We didn&apos;t get an answer. Submitting again is safe: the claim is recorded only once.</Notice>
            </div>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <Button loading={submit.isPending} onClick={() => send(checked.input)}>
              Submit claim
            </Button>
            <Button variant="secondary" disabled={submit.isPending} onClick={() => setChecked(null)}>
              Edit
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
