import { cardNumberFromUuid, countOpenMedCardsOfHolder, isStaffRole } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { replayedResult } from '../../commands/execute';
import { isDomainError } from '@healthpay/domain';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import type { Context } from '../../context';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardSnapshot, copaymentPercent, insurancePolicy, instant, monthlyLimitAmount, tier, userId, type CardSnapshot } from './medcard.schemas';
import { cardUserOf } from '../../members/card-user';
import { holderFields, resolveHolder } from './resolve-holder';
import { runMedCardCommand } from './run-medcard-command';

export const issueCardInput = z.object({
  userId,
  tier,
  /** Defaults to the tier's (MEDCARD_TIER_DEFAULTS). */
  monthlyLimit: monthlyLimitAmount.optional(),
  copaymentPercent: copaymentPercent.optional(),
  /** Defaults to one year from now. */
  expiresAt: instant.optional(),
  insurance: insurancePolicy.optional(),
  holder: holderFields.optional(),
  /** Activate in the same step (a pending card pays nothing until activated). */
  activate: z.boolean().default(false),
  /** Staff only: why this patient gets a second card while one is pending, active or suspended (audited). */
  secondCardReason: z.string().trim().min(10, 'Say why a second card is needed (at least 10 characters)').max(500).optional(),
});
export type IssueCardInput = z.infer<typeof issueCardInput>;

const YEAR_MS = 365 * 86_400_000;
const NUMBER_ATTEMPTS = 5;
/** The random card number is a stream that already exists: draw another. */
const numberTaken = (e: unknown) => isDomainError(e) && (e.code === 'CARD_ALREADY_EXISTS' || e.code === 'CARD_CLOSED');

/** Issues a card under a fresh card number; shared by tRPC and REST. */
export async function issueCard(ctx: Context & { actor: Actor }, input: IssueCardInput): Promise<CardSnapshot> {
  // A retry with the same Idempotency-Key gets its first answer, not "already holds a card" (that card is its own).
  const replay = await replayedResult<CardSnapshot>(ctx.services, { operation: 'medcard.issue', input, actor: ctx.actor, idempotencyKey: ctx.idempotencyKey });
  if (replay.found) return replay.value;
  const holderUserId = await cardUserOf(ctx, input.userId);
  // One issue per holder at a time in this process, so two clicks cannot both pass the check below.
  return ctx.services.locks.with([`medcard-holder:${holderUserId}`], async () => {
    await requireNoOpenCard(ctx, holderUserId, input.secondCardReason);
    return issueNewCard(ctx, input, holderUserId);
  });
}

/** One card per person: a second while one is pending, active or suspended needs staff and a reason. */
async function requireNoOpenCard(ctx: Context & { actor: Actor }, holderUserId: string, reason: string | undefined): Promise<void> {
  if ((await countOpenMedCardsOfHolder(ctx.services.pool, holderUserId)) === 0) return;
  if (reason && isStaffRole(ctx.actor.role)) return;
  throw new AppError('HOLDER_HAS_CARD', 'This patient already holds a MedCard; staff can issue a second one with a reason', {
    field: 'secondCardReason',
  });
}

async function issueNewCard(ctx: Context & { actor: Actor }, input: IssueCardInput, holderUserId: string): Promise<CardSnapshot> {
  const now = ctx.services.clock();
  const holder = await resolveHolder(ctx.services.pool, holderUserId, input.holder, ctx.services.newId(), now.toISOString());
  const { tier, monthlyLimit, copaymentPercent, insurance, activate } = input;
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + YEAR_MS).toISOString();
  for (let attempt = 1; ; attempt++) {
    const cardId = cardNumberFromUuid(ctx.services.newId());
    try {
      return await runMedCardCommand(ctx, {
        operation: 'medcard.issue',
        input,
        cardId,
        ...(input.secondCardReason && { auditDetails: () => ({ secondCardReason: input.secondCardReason }) }),
        commands: [
          { type: 'IssueMedCard', data: { cardId, tier, holder, expiresAt, ...(monthlyLimit && { monthlyLimit }), ...(copaymentPercent !== undefined && { copaymentPercent }), ...(insurance && { insurance }) } },
          ...(activate ? [{ type: 'ActivateMedCard' as const, data: { cardId } }] : []),
        ],
      });
    } catch (error) {
      if (!numberTaken(error) || attempt >= NUMBER_ATTEMPTS) throw error;
    }
  }
}

/**
 * Staff, or an organization for its own member, issue a MedCard to a patient: a new card number, the patient
 * as its `self` beneficiary. `userId` is a HealthPay user id or the organization's externalId (members/card-user.ts).
 */
export const issueMedCard = roleProcedure('organization', ...staffMay.manageAccounts)
  .input(issueCardInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) => issueCard(ctx, input));
