import { randomUUID } from 'node:crypto';
import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { liveFeedOf } from './live-feed';
import { rxLine } from '../testing/medcards';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(async () => h.close());

const AHMED_WALLET = demoWallets.ahmed.walletId;
const MONA_WALLET = demoWallets.mona.walletId;

/** A caller's live stream, read one message at a time. */
async function follow(userId: string) {
  const stream = await (await h.as(userId)).live.changes();
  const it = stream[Symbol.asyncIterator]();
  return { next: () => it.next(), close: () => it.return?.(undefined) };
}

/** The feed hears NOTIFYs only once its LISTEN is in place: act after that. */
const listening = () => liveFeedOf(h.services.pool).listening();

const credit = async (walletId: string) =>
  (await h.as('u-finance')).wallet.credit({ walletId, amount: 100, reference: `live-${randomUUID()}` });

describe('live changes', () => {
  it('tells a patient their wallet moved once it is projected, and never another patient’s', async () => {
    const ahmed = await follow('u-ahmed');
    const mona = await follow('u-mona');
    const ahmedNext = ahmed.next();
    const monaNext = mona.next();
    await listening();
    await credit(AHMED_WALLET);
    await h.project();
    expect((await ahmedNext).value).toEqual([`wallet:${AHMED_WALLET}`]);
    // Mona's first message is about her own wallet, not Ahmed's credit projected before it.
    await credit(MONA_WALLET);
    await h.project();
    expect((await monaNext).value).toEqual([`wallet:${MONA_WALLET}`]);
    await Promise.all([ahmed.close(), mona.close()]);
  });

  it('tells a pharmacist about their own pharmacy’s claims and the patient about the card', async () => {
    const ezaby = await follow('u-pharmacist');
    const seif = await follow('u-pharmacist-seif');
    const omar = await follow('u-omar');
    const [ezabyNext, seifNext, omarNext] = [ezaby.next(), seif.next(), omar.next()];
    await listening();
    const claim = (pharmacist: string) => async () =>
      (await h.as(pharmacist)).claims.submit({
        cardId: demoMedCards.omar.cardId,
        prescriptionId: `rx-live-${randomUUID()}`,
        beneficiaryId: demoMedCards.omar.self,
        lines: [rxLine(`D-${randomUUID().slice(0, 8)}`, 1, 100)],
        submittedTotal: 100,
      });
    await claim('u-pharmacist')();
    await h.project();
    expect((await ezabyNext).value).toEqual(['pharmacy:ph-ezaby-maadi']);
    expect((await omarNext).value).toEqual([`card:${demoMedCards.omar.cardId}`]);
    await claim('u-pharmacist-seif')();
    await h.project();
    expect((await seifNext).value).toEqual(['pharmacy:ph-seif-smouha']);
    await Promise.all([ezaby.close(), seif.close(), omar.close()]);
  });

  it('ends at once for a caller with nothing to follow', async () => {
    const support = await follow('u-support');
    expect(await support.next()).toEqual({ done: true, value: undefined });
  });

  it('gives the listening connection back when the last subscriber leaves', async () => {
    const before = h.services.pool.totalCount - h.services.pool.idleCount;
    const ahmed = await follow('u-ahmed');
    const first = ahmed.next();
    await listening();
    await credit(AHMED_WALLET);
    await h.project();
    await first;
    await ahmed.close();
    expect(h.services.pool.totalCount - h.services.pool.idleCount).toBe(before);
  });
});
