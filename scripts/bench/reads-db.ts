import {
  getMedCardWithMembers, getWallet, listBeneficiariesWithHolder, listCardClaimsWithHolder, listHoldsWithOwner, listMedCardsByHolder,
  listTransactionsWithOwner, listWalletsByOwner, type Pool,
} from '@healthpay/db';
import type { ReadBenchData } from './reads-seed';

/**
 * The read-model queries behind each portal call (the same statements the procedures run), called directly (no HTTP, no tRPC) one at a time: what the
 * database alone costs, to tell slow SQL from a slow request path. Returns markdown rows.
 */
export async function timeQueriesAlone(pool: Pool, data: ReadBenchData, calls: number): Promise<string[]> {
  const month = new Date().toISOString().slice(0, 7);
  const pick = () => Math.floor(Math.random() * data.users.length);
  const queries: [string, (i: number) => Promise<unknown>][] = [
    ['wallet.mine', (i) => listWalletsByOwner(pool, data.users[i] as string)],
    ['wallet.get', (i) => getWallet(pool, data.wallets[i] as string)],
    ['wallet.history', (i) => listTransactionsWithOwner(pool, data.wallets[i] as string, { limit: 20 })],
    ['wallet.holds', (i) => listHoldsWithOwner(pool, data.wallets[i] as string)],
    ['medcard.mine', (i) => listMedCardsByHolder(pool, data.users[i] as string, month)],
    ['medcard.get', (i) => getMedCardWithMembers(pool, data.cards[i] as string, month)],
    ['claims.byCard', (i) => listCardClaimsWithHolder(pool, data.cards[i] as string, { limit: 20 })],
    ['beneficiaries.list', (i) => listBeneficiariesWithHolder(pool, data.cards[i] as string)],
  ];
  const rows: string[] = [];
  for (const [name, run] of queries) {
    const ms: number[] = [];
    for (let n = 0; n < calls; n++) {
      const t = performance.now();
      await run(pick());
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(2);
    rows.push(`| ${name} | ${calls} | ${p(0.5)} | ${p(0.95)} | ${p(0.99)} |`);
  }
  return rows;
}
