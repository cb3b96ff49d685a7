import { randomUUID } from 'node:crypto';

/** POST a tRPC mutation to the API service as a development user; throws on a non-2xx answer. */
export type Call = (proc: string, input: unknown, user?: string) => Promise<unknown>;

export interface Workload {
  /** tRPC procedure the load generator calls. */
  procedure: string;
  /** Development user it calls as. */
  user: string;
  /** Request bodies, sent in turn; `#N#` becomes a number unique to each request (load.ts). */
  bodies: string[];
  describe: string;
}

/** `wallet.debit` of 1 piaster on `count` rotating wallets (opened, activated and funded first). */
export async function debitWorkload(call: Call, count: number): Promise<Workload> {
  const wallets: string[] = [];
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, async () => {
      const walletId = randomUUID();
      await call('wallet.open', { walletId, ownerId: 'u-omar', dailyDebitLimit: 9e12, monthlyDebitLimit: 9e12, secondWalletReason: 'benchmark wallet' });
      await call('wallet.changeStatus', { walletId, action: 'activate' });
      await call('wallet.credit', { walletId, amount: 1e12, reference: 'bench float' });
      wallets.push(walletId);
    }));
  }
  return {
    procedure: 'wallet.debit', user: 'u-admin', describe: `wallet.debit of 1 piaster on ${count} wallets (staff, tRPC)`,
    bodies: wallets.map((walletId) => JSON.stringify({ json: { walletId, amount: 1, reference: 'bench' } })),
  };
}

/**
 * A pharmacist's prescription claim (`claims.submit`, one line) on `count` rotating cards, each a new prescription
 * and drug (so no refill rule or idempotent replay answers it without writing). Cards: extra ones for a seeded patient.
 */
export async function claimWorkload(call: Call, count: number): Promise<Workload> {
  const cards: { cardId: string; beneficiaryId: string }[] = [];
  for (let i = 0; i < count; i += 25) {
    await Promise.all(Array.from({ length: Math.min(25, count - i) }, async () => {
      const card = (await call('medcard.issue', {
        userId: 'u-omar', tier: 'gold', monthlyLimit: 100_000_000, copaymentPercent: 10, activate: true, secondCardReason: 'benchmark card',
      })) as { cardId: string; holder: { beneficiaryId: string } };
      cards.push({ cardId: card.cardId, beneficiaryId: card.holder.beneficiaryId });
    }));
  }
  const line = { drugCode: 'D-#N#', drugName: 'Bench drug', quantity: 1, unitPrice: 100, totalPrice: 100 };
  return {
    procedure: 'claims.submit', user: 'u-pharmacist', describe: `claims.submit of one line on ${count} cards (pharmacist, tRPC)`,
    bodies: cards.map((c) => JSON.stringify({ json: { cardId: c.cardId, beneficiaryId: c.beneficiaryId, prescriptionId: 'rx-#N#', lines: [line], submittedTotal: 100 } })),
  };
}
