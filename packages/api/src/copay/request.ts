import { copayHoldReference, getPharmacy, getUser, listWalletsByOwner } from '@healthpay/db';
import { findPrescriptionClaim } from '@healthpay/domain';
import { env } from '@healthpay/config';
import { requestLog } from '@healthpay/config/log';
import type { Actor } from '../auth/actor';
import type { Context } from '../context';
import { AppError } from '../errors/app-error';
import { hitRateLimits, type RateLimitRule } from '../identity/rate-limit';
import { SmsError } from '../identity/sms/sms-port';
import { actingPharmacy } from '../routers/medcard/medcard-access';
import type { CopayRequested } from '../routers/copay/copay.schemas';
import {
  claimKeyOf,
  deleteCollection,
  insertCollection,
  lastRequestAt,
  openCollectionOf,
  retireExpired,
  wasCollected,
  type CopayCollection,
} from './collections';
import { COPAY_TTL_SECONDS, copayCodeHash, newCopayCode } from './copay-code';
import { copaySmsText, phoneEnding } from './copay-sms';
import { copayViewOf } from './copay-view';
import { runHoldCommand } from './hold-command';
import { releaseCollection } from './release';

/** A new code for a claim at most every 60 s, and 3 a day: SMS cost, and guesses spread over codes. */
export const COPAY_RESEND_SECONDS = 60;
export const copayRequestLimits = (claimKey: string): RateLimitRule[] => [
  { key: `copay-request:claim:${claimKey}`, limit: 1, windowSeconds: COPAY_RESEND_SECONDS },
  { key: `copay-request:claim-day:${claimKey}`, limit: 3, windowSeconds: 86_400 },
];

const rateLimited = (retryAfterSeconds: number) =>
  new AppError('RATE_LIMITED', 'A new code for this claim can be sent a little later', { retryAfterSeconds });

/**
 * The copay of a claim of the caller's pharmacy, asked of the card holder's wallet: a hold of the copay for
 * this pharmacy (10 minutes), then the code by SMS. A refused hold (not enough money, a limit) sends nothing.
 * A request while another is open for the claim replaces it (its hold is voided first).
 */
export async function requestCopay(ctx: Context & { actor: Actor }, input: { cardId: string; prescriptionId: string }): Promise<CopayRequested> {
  const { services, actor } = ctx;
  const { pool } = services;
  const { cardId, prescriptionId } = input;
  const pharmacyId = actingPharmacy(actor, undefined);
  // The card's own state, not the read model: the counter asks right after the claim was decided.
  const card = (await services.aggregates.medcard.load(cardId)).state;
  const record = findPrescriptionClaim(card, pharmacyId, prescriptionId);
  if (card.status === 'none' || !record) throw new AppError('PRESCRIPTION_NOT_FOUND', 'Prescription claim not found');
  const claim = { cardId, pharmacyId, prescriptionId };
  if (record.outcome === 'approved' && record.reversal) {
    throw new AppError('COPAY_NOT_DUE', 'This claim was reversed: there is no copay to collect', { reversed: true });
  }
  const amount = record.outcome === 'approved' ? record.total.copay : 0;
  if (amount <= 0) throw new AppError('COPAY_NOT_DUE', 'This claim has no copay to collect', { copay: 0 });
  if (await wasCollected(pool, claim)) {
    throw new AppError('COPAY_NOT_DUE', 'The copay was collected from the wallet already', { collected: true });
  }

  const now = services.clock();
  const claimKey = claimKeyOf(claim);
  const last = await lastRequestAt(pool, claim);
  const wait = last ? Math.ceil((last.getTime() + COPAY_RESEND_SECONDS * 1000 - now.getTime()) / 1000) : 0;
  if (wait > 0) throw rateLimited(wait);
  const limit = await hitRateLimits(pool, copayRequestLimits(claimKey), now);
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds);

  const holderId = card.holder.userId;
  const wallet = (await listWalletsByOwner(pool, holderId)).find((w) => w.status === 'active');
  const phone = (await getUser(pool, holderId))?.phone;
  if (!wallet || !phone) throw new AppError('COPAY_NO_WALLET', 'The card holder has no active wallet');
  const pharmacy = (await getPharmacy(pool, pharmacyId)) ?? { name: pharmacyId, nameAr: pharmacyId };

  await retireExpired(pool, claim, now);
  const open = await openCollectionOf(pool, claim);
  if (open && (await releaseCollection(ctx, open, 'copay.hold.void')) === 'collected') {
    throw new AppError('COPAY_NOT_DUE', 'The copay was collected from the wallet already', { collected: true });
  }

  const code = newCopayCode();
  const id = services.newId();
  const collection: CopayCollection = {
    id, cardId, prescriptionId, pharmacyId, walletId: wallet.walletId, holdId: services.newId(), amount,
    codeHash: copayCodeHash(env().AUTH_SECRET, id, code), attempts: 0, status: 'requested', channel: null,
    createdAt: now, expiresAt: new Date(now.getTime() + COPAY_TTL_SECONDS * 1000), decidedAt: null,
  };
  if (!(await insertCollection(pool, collection))) {
    throw new AppError('VERSION_CONFLICT', 'Another code was just requested for this claim; try again');
  }
  try {
    await runHoldCommand(ctx, {
      operation: 'copay.hold.place',
      input: { collectionId: id },
      walletId: wallet.walletId,
      command: {
        type: 'PlaceHold',
        data: {
          walletId: wallet.walletId, holdId: collection.holdId, amount, expiresAt: collection.expiresAt.toISOString(),
          reference: copayHoldReference(cardId, pharmacyId, prescriptionId), pharmacyId,
        },
      },
      idempotencyKey: null,
      result: () => null,
    });
  } catch (error) {
    await deleteCollection(pool, id);
    throw error;
  }
  return { ...copayViewOf(collection, now), phoneEnding: phoneEnding(phone), codeSent: await sendCode(ctx, collection, phone, code, pharmacy) };
}

/**
 * Texts the code. When the SMS provider refuses or is off, the request stays open without a code: the patient
 * can still approve it in the patient portal, and the counter says so (or cancels and takes cash).
 */
async function sendCode(ctx: Context, c: CopayCollection, phone: string, code: string, pharmacy: { name: string; nameAr: string }): Promise<boolean> {
  try {
    await ctx.services.sms.send(phone, copaySmsText(code, c.amount, pharmacy, COPAY_TTL_SECONDS / 60));
    return true;
  } catch (error) {
    if (!(error instanceof SmsError)) throw error;
    requestLog(ctx.request?.requestId).error('[copay] the code could not be texted', error.message);
    return false;
  }
}
