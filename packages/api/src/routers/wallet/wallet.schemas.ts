import { z } from 'zod';

/** Integer piasters (1 EGP = 100). Floats are refused here, before any domain code runs. */
export const piasters = z.int().positive().max(Number.MAX_SAFE_INTEGER);
export const walletId = z.uuid();
export const reference = z.string().trim().min(1).max(200);

export const walletStatus = z.enum(['pending', 'active', 'suspended', 'closed']);

/** A wallet as commands return it (computed from the new state, not read back). */
export const walletSnapshot = z.object({
  walletId: z.string(),
  ownerId: z.string(),
  status: walletStatus,
  currency: z.string(),
  balance: z.int(),
  held: z.int(),
  available: z.int(),
  dailyDebitLimit: z.int(),
  monthlyDebitLimit: z.int(),
  version: z.int(),
});
export type WalletSnapshot = z.infer<typeof walletSnapshot>;

/** A wallet as queries return it (from the read model). */
export const walletView = walletSnapshot.extend({
  ownerName: z.string().nullable(),
  ownerPhone: z.string().nullable(),
  openedAt: z.date(),
  updatedAt: z.date(),
});

export const pageInput = z.object({
  cursor: z.int().positive().optional(),
  limit: z.int().min(1).max(100).default(20),
});
