import type { MedCardRow } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import type { BalanceReader } from '../../balances/balance-reader';
import type { Services } from '../../services/services';
import { withMonthBenefit } from './read-card';

/** Services whose balance store answers `benefit` for every card's month (null: the store has no row). */
const servicesWith = (store: BalanceReader['store'], benefit: number | null) =>
  ({ balances: { store, get: async () => null, monthlyBenefit: async () => benefit } }) as unknown as Services;
/** A card row from the Postgres read model, 12,500 piasters of benefit paid this month there. */
const card = { cardId: 'card-1', monthlyLimit: 100_000, benefitUsed: 12_500 } as MedCardRow;

describe("a card's benefit used this month, by where balances live", () => {
  it('embedded: the Postgres row as it is', async () => {
    expect((await withMonthBenefit(servicesWith('postgres', 99), card, '2026-12'))?.benefitUsed).toBe(12_500);
  });

  it('scaled: the CQL figure where the CQL store has the month (written before Postgres, so the newer)', async () => {
    expect((await withMonthBenefit(servicesWith('cql', 20_000), card, '2026-12'))?.benefitUsed).toBe(20_000);
    expect((await withMonthBenefit(servicesWith('cql', 0), card, '2026-12'))?.benefitUsed).toBe(0);
  });

  it('scaled, the CQL store without the month (emptied by a rebuild, not replayed yet): the Postgres figure, not 0', async () => {
    expect((await withMonthBenefit(servicesWith('cql', null), card, '2026-12'))?.benefitUsed).toBe(12_500);
  });
});
