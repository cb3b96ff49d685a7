import { insurerKeyOf, type MedCardEvent } from '@healthpay/domain';
import { account } from './accounts';
import { move, type LedgerContext, type LedgerEvent, type Posting } from './posting';

/** The claims helper's reversal event (finance contract); read by shape so the ledger does not wait for it. */
interface ClaimReversedData { pharmacyId: string; benefit: number }

/** Who pays a card's benefits: its insurer when the card carries one, else HealthPay itself. */
const benefitPayer = (ctx: LedgerContext): string => (ctx.insurerKey ? account.insurerReceivable(ctx.insurerKey) : account.benefitExpense);

/**
 * A claim's benefit is owed to the pharmacy that dispensed it. The copay is not here: a wallet copay posts
 * from its hold capture; a cash copay never passes through HealthPay. Insurance claim approvals post nothing
 * (docs/finance.md: the insurer pays the claimant directly). Pure.
 */
export function medcardPostings(e: LedgerEvent, ctx: LedgerContext): Posting[] {
  if (e.type === 'PrescriptionClaimReversed') {
    const d = e.data as ClaimReversedData;
    return move(d.benefit, account.pharmacyPayable(d.pharmacyId), benefitPayer(ctx));
  }
  const m = { type: e.type, data: e.data } as MedCardEvent;
  if (m.type !== 'PrescriptionClaimApproved') return [];
  return move(m.data.total.benefit, benefitPayer(ctx), account.pharmacyPayable(m.data.claim.pharmacyId));
}

export function medcardContext(e: LedgerEvent, ctx: LedgerContext): LedgerContext {
  const m = { type: e.type, data: e.data } as MedCardEvent;
  if (m.type !== 'MedCardIssued') return ctx;
  const provider = m.data.insurance?.provider;
  return { ...ctx, insurerKey: provider ? insurerKeyOf(provider) : null };
}
