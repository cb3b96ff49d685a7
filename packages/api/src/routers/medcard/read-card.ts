import { getMedCard, type MedCardRow } from '@healthpay/db';
import type { Services } from '../../services/services';

/**
 * A card from the Postgres read model, with the month's benefit from wherever balances live: the same
 * row in embedded mode, the CQL store in scaled mode.
 */
export async function readCard(services: Services, cardId: string, month: string): Promise<MedCardRow | null> {
  return withMonthBenefit(services, await getMedCard(services.pool, cardId, month), month);
}

/**
 * A card row read with `month`'s benefit (and perhaps more: its members), the benefit taken from the balance store. A
 * month the CQL store has no row for (emptied by a rebuild and not replayed yet, or a new consumer group still behind)
 * keeps the Postgres row's figure, as `wallet.get` keeps the Postgres balance: the CQL row is written first, so where
 * both exist it is the newer.
 */
export async function withMonthBenefit<Row extends MedCardRow>(services: Services, card: Row | null, month: string): Promise<Row | null> {
  if (!card || services.balances.store === 'postgres') return card;
  return { ...card, benefitUsed: (await services.balances.monthlyBenefit(card.cardId, month)) ?? card.benefitUsed };
}
