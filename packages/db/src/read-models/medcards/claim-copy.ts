import type { PoolClient } from '../../postgres/pool';
import { copyField as f, copyOrSave, copyRows } from '../copy/copy-rows';
import { checkedClaimAnswer } from './claim-answer';
import type { ClaimLineDoc, PrescriptionClaimDoc } from './claim-doc';
import { claimProjection } from './claim-projection';

const CLAIM_COLUMNS = ['card_id', 'prescription_id', 'pharmacy_id', 'beneficiary_id', 'status', 'rejection_code', 'rejection_details', 'month',
  'submitted', 'eligible', 'copay', 'benefit', 'remaining_before', 'tier', 'copayment_percent', 'overrides_used', 'version', 'decided_at',
  'reversed_at', 'reversal_reason', 'reversal_note', 'reversed_by', 'reversed_by_kind', 'wallet_copay_refunded', 'answer', 'answer_schema',
  'copay_from_wallet'];
const LINE_COLUMNS = ['card_id', 'pharmacy_id', 'prescription_id', 'line_no', 'drug_code', 'drug_name', 'quantity', 'unit_price', 'total_price',
  'days_supply', 'submitted', 'eligible', 'copay', 'benefit', 'limited_by_monthly_limit', 'uncapped_benefit', 'rejection_code', 'rejection_details'];

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

const claimLine = (paid: (d: PrescriptionClaimDoc) => boolean) => (d: PrescriptionClaimDoc): string => {
  const r = d.reversal;
  const a = checkedClaimAnswer(d);
  return `${f(d.cardId)}\t${f(d.prescriptionId)}\t${f(d.pharmacyId)}\t${f(d.beneficiaryId)}\t${f(d.status)}\t${f(d.rejectionCode)}\t${f(json(d.rejectionDetails))}\t${f(d.month)}\t${
    f(d.submitted)}\t${f(d.eligible)}\t${f(d.copay)}\t${f(d.benefit)}\t${f(d.remainingBefore)}\t${f(d.tier)}\t${f(d.copaymentPercent)}\t${f(json(d.overridesUsed))}\t${
    f(d.version)}\t${f(d.decidedAt)}\t${f(r?.at)}\t${f(r?.reason)}\t${f(r?.note)}\t${f(r?.by)}\t${f(r?.byKind)}\t${f(r?.walletCopayRefunded)}\t${f(a.text)}\t${f(a.schema)}\t${paid(d) ? 't' : 'f'}\n`;
};

type Line = { claim: PrescriptionClaimDoc; line: ClaimLineDoc };
const itemLine = ({ claim: c, line: l }: Line): string =>
  `${f(c.cardId)}\t${f(c.pharmacyId)}\t${f(c.prescriptionId)}\t${f(l.lineNo)}\t${f(l.drugCode)}\t${f(l.drugName)}\t${f(l.quantity)}\t${f(l.unitPrice)}\t${
    f(l.totalPrice)}\t${f(l.daysSupply)}\t${f(l.submitted)}\t${f(l.eligible)}\t${f(l.copay)}\t${f(l.benefit)}\t${f(l.limitedByMonthlyLimit)}\t${
    f(l.uncappedBenefit)}\t${f(l.rejectionCode)}\t${f(json(l.rejectionDetails))}\n`;

/**
 * `claimProjection.save` for a rebuild: claims not stored yet are written with COPY, with their lines (no old lines
 * to delete). If any of them is there already (a decision after an earlier flush, a restarted replay), the chunk
 * goes through the projection's own upsert instead. Only for a replay into emptied claim tables. How each copay was paid
 * (`copay_from_wallet`) is `paid`'s answer, asked as the claim's line is written: the rebuild's own knowledge of the
 * captures its replay met (rebuild/copay-marks.ts in the projector), no lookup under the cards' lock.
 */
export const claimDocsByCopy = (paid: (d: PrescriptionClaimDoc) => boolean) => {
  const line = claimLine(paid);
  return (tx: PoolClient, docs: PrescriptionClaimDoc[]): Promise<void> =>
    copyOrSave(
      tx,
      async () => {
        await copyRows(tx, 'prescription_claims', CLAIM_COLUMNS, docs, line);
        await copyRows(tx, 'prescription_items', LINE_COLUMNS, docs.flatMap((claim) => claim.lines.map((line) => ({ claim, line }))), itemLine);
      },
      () => claimProjection.save(tx, docs),
    );
};

/**
 * `claimDocsByCopy` with every copay written as cash: the rebuild marks the claims captured holds paid once its
 * replay is done, in one join (`markAllCopaysFromWallet`, run by `restoreDeferredIndexes`).
 */
export const saveClaimDocsByCopy = claimDocsByCopy(() => false);
