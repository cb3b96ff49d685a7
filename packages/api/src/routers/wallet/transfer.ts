import { checkEgyptianMobile, decideTransfer } from '@healthpay/domain';
import { findWalletByPhone } from '@healthpay/db';
import { z } from 'zod';
import { executeCommand } from '../../commands/execute';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertOwnsOrStaff, ownerOf } from './wallet-access';
import { walletSnapshotOf } from './wallet-snapshot';
import { piasters, walletId, walletSnapshot } from './wallet.schemas';

/**
 * Egyptian mobile → E.164, by the domain's rule (the one the portals' inputs use too): 01…, +20…, 0020…,
 * separators and Arabic-Indic digits accepted; only the NTRA mobile ranges.
 */
export const egyptianMobile = z
  .string()
  .max(40)
  .transform((value, ctx) => {
    const checked = checkEgyptianMobile(value);
    if (checked.ok) return checked.e164;
    ctx.addIssue({ code: 'custom', message: 'Enter an Egyptian mobile number, e.g. 01012345678' });
    return z.NEVER;
  });

export const transferInput = z.object({
  transferId: z.uuid(),
  fromWalletId: walletId,
  to: z.union([z.object({ walletId }), z.object({ phone: egyptianMobile })]),
  amount: piasters,
  reference: z.string().trim().max(200).optional(),
});

export const transferOutput = z.object({
  transferId: z.string(),
  toWalletId: z.string(),
  wallet: walletSnapshot,
});

/** Move money to another wallet (by id or the recipient's phone): both legs commit in one transaction. */
export const transfer = roleProcedure('patient', ...staffMay.moveMoney)
  .input(transferInput)
  .output(transferOutput)
  .mutation(async ({ ctx, input }) => {
    const toWalletId = 'walletId' in input.to ? input.to.walletId : (await findWalletByPhone(ctx.services.pool, input.to.phone))?.walletId;
    if (!toWalletId) throw new AppError('WALLET_NOT_FOUND', 'No HealthPay wallet for that phone number', { field: 'to' });
    const { fromWalletId, transferId, amount, reference } = input;
    return executeCommand(ctx.services, {
      operation: 'wallet.transfer',
      input,
      actor: ctx.actor,
      idempotencyKey: ctx.idempotencyKey,
      // The transfer id alone makes a transfer happen once (a repeat without an Idempotency-Key too).
      naturalKey: { scope: 'wallet.transfer', key: transferId },
      request: ctx.request,
      aggregates: ctx.services.aggregates.wallet,
      streams: [fromWalletId, toWalletId],
      decide(states, meta) {
        const source = states.get(fromWalletId) ?? { status: 'none' as const };
        assertOwnsOrStaff(ctx.actor, ownerOf(source));
        const cmd = { type: 'TransferFunds' as const, data: { transferId, fromWalletId, toWalletId, amount, reference }, meta };
        const d = decideTransfer(cmd, source, states.get(toWalletId) ?? { status: 'none' });
        return new Map([[fromWalletId, d.source], [toWalletId, d.dest]]);
      },
      result: (after, meta) => ({ transferId, toWalletId, wallet: walletSnapshotOf(after.get(fromWalletId), meta.now) }),
    });
  });
