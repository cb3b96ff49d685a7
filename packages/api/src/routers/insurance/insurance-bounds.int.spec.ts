import { MAX_UNLINKED_INSURANCE_CLAIM } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { uploadAs } from '../../testing/documents';
import { rxLine } from '../../testing/medcards';

/** Issue 10 item 11: an insurance claim of EGP 99,999 was accepted against a EGP 173 prescription. */
let h: Harness;
let cardId: string;
let beneficiaryId: string;
/** A fresh upload of the filer's for each filing (a document is evidence for one claim only). */
const doc = async (userId: string) => [(await uploadAs(h.services, userId)).documentId];
beforeAll(async () => {
  h = await apiHarness();
  const admin = await h.as('u-admin');
  const card = await admin.medcard.issue({
    userId: 'u-omar', tier: 'gold', activate: true, insurance: { provider: 'AXA Egypt', policyNumber: 'AXA-11' }, secondCardReason: 'insured test card',
  });
  cardId = card.cardId;
  beneficiaryId = card.holder.beneficiaryId;
  // EGP 173 on gold (20%): the card pays 138.40, 34.60 is left to the patient.
  await (await h.as('u-pharmacist')).claims.submit({ cardId, prescriptionId: 'RX-173', beneficiaryId, lines: [rxLine('CONCOR', 2, 6_500), rxLine('GLUCO', 1, 4_300)], submittedTotal: 17_300 });
});
afterAll(() => h.close());

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code: string; cause?: { code?: string } }) => `${e.code}/${e.cause?.code}`);

describe('insurance claims are bounded by what the prescription left uncovered', () => {
  it('refuses EGP 99,999 against a EGP 173 prescription; two claims together cannot exceed 34.60', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const admin = await h.as('u-admin');
    await expect(pharmacist.insurance.file({ cardId, amount: 9_999_900, documentIds: await doc('u-pharmacist'), prescriptionId: 'RX-173' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      cause: { code: 'INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', details: { prescriptionId: 'RX-173', amount: 9_999_900, uncovered: 3_460, alreadyClaimed: 0, available: 3_460 } },
    });
    const first = await pharmacist.insurance.file({ cardId, amount: 2_000, documentIds: await doc('u-pharmacist'), prescriptionId: 'RX-173' });
    expect(await codeOf(admin.insurance.file({ cardId, amount: 1_461, documentIds: await doc('u-admin'), prescriptionId: 'RX-173' }))).toBe('UNPROCESSABLE_CONTENT/INSURANCE_AMOUNT_EXCEEDS_UNCOVERED');
    // Returned and resubmitted: its own earlier amount does not count against it.
    await admin.insurance.review({ cardId, claimId: first.claimId, decision: 'return', note: 'attach the receipt' });
    expect(await codeOf(pharmacist.insurance.resubmit({ cardId, claimId: first.claimId, amount: 3_461 }))).toBe('UNPROCESSABLE_CONTENT/INSURANCE_AMOUNT_EXCEEDS_UNCOVERED');
    expect(await pharmacist.insurance.resubmit({ cardId, claimId: first.claimId, amount: 3_000 })).toMatchObject({ status: 'submitted', amount: 3_000 });
    expect(await admin.insurance.file({ cardId, amount: 460, documentIds: await doc('u-admin'), prescriptionId: 'RX-173' })).toMatchObject({ status: 'submitted' });
  });

  it(`without a prescription: at most EGP ${MAX_UNLINKED_INSURANCE_CLAIM / 100} per claim`, async () => {
    const admin = await h.as('u-admin');
    await expect(admin.insurance.file({ cardId, amount: MAX_UNLINKED_INSURANCE_CLAIM + 1, documentIds: await doc('u-admin') })).rejects.toMatchObject({
      cause: { code: 'INSURANCE_AMOUNT_ABOVE_MAXIMUM', details: { amount: MAX_UNLINKED_INSURANCE_CLAIM + 1, maximum: MAX_UNLINKED_INSURANCE_CLAIM } },
    });
    expect(await admin.insurance.file({ cardId, amount: MAX_UNLINKED_INSURANCE_CLAIM, documentIds: await doc('u-admin') })).toMatchObject({ status: 'submitted' });
  });
});
