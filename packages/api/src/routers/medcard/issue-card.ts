import { cardNumberFromUuid } from '@healthpay/db';
import { isDomainError } from '@healthpay/domain';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import type { Context } from '../../context';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardSnapshot, copaymentPercent, insurancePolicy, instant, positiveMoney, tier, userId, type CardSnapshot } from './medcard.schemas';
import { holderFields, resolveHolder } from './resolve-holder';
import { runMedCardCommand } from './run-medcard-command';

export const issueCardInput = z.object({
  userId,
  tier,
  /** Defaults to the tier's (MEDCARD_TIER_DEFAULTS). */
  monthlyLimit: positiveMoney.optional(),
  copaymentPercent: copaymentPercent.optional(),
  /** Defaults to one year from now. */
  expiresAt: instant.optional(),
  insurance: insurancePolicy.optional(),
  holder: holderFields.optional(),
  /** Activate in the same step (a pending card pays nothing until activated). */
  activate: z.boolean().default(false),
});
export type IssueCardInput = z.infer<typeof issueCardInput>;

const YEAR_MS = 365 * 86_400_000;
const NUMBER_ATTEMPTS = 5;
/** The random card number is a stream that already exists: draw another. */
const numberTaken = (e: unknown) => isDomainError(e) && (e.code === 'CARD_ALREADY_EXISTS' || e.code === 'CARD_CLOSED');

/** Issues a card under a fresh card number; shared by tRPC and REST. */
export async function issueCard(ctx: Context & { actor: Actor }, input: IssueCardInput): Promise<CardSnapshot> {
  const now = ctx.services.clock();
  const holder = await resolveHolder(ctx.services.pool, input.userId, input.holder, ctx.services.newId(), now.toISOString());
  const { tier, monthlyLimit, copaymentPercent, insurance, activate } = input;
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + YEAR_MS).toISOString();
  for (let attempt = 1; ; attempt++) {
    const cardId = cardNumberFromUuid(ctx.services.newId());
    try {
      return await runMedCardCommand(ctx, {
        operation: 'medcard.issue',
        input,
        cardId,
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

/** Staff issue a MedCard to a patient: a new card number, the patient as its `self` beneficiary. */
export const issueMedCard = roleProcedure(...staffMay.manageAccounts)
  .input(issueCardInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) => issueCard(ctx, input));
