import {
  decidePayment, decidePaymentWithWallet, decideMedCard, decideTransfer, decideWallet, type CommandMeta, type WalletCommand,
} from '@healthpay/domain';
import { decideClaimReversal, LedgerWorld } from './world';

const NOW = '2026-11-22T08:00:00.000Z';
const meta: CommandMeta = { now: NOW, actorId: 'staff-1' };
export const WALLETS = ['w-1', 'w-2', 'w-3'];
const CARDS = [{ id: 'HP-1', insurance: { provider: 'Misr Insurance', policyNumber: 'MI-1' } }, { id: 'HP-2' }];
const PHARMACIES = ['ph-1', 'ph-2'];
const holder = (i: number) => ({ userId: `u-${i}`, beneficiaryId: `b-${i}`, name: 'Ahmed Hassan', nationalId: '28503140101235', dateOfBirth: '1985-03-14', mobile: '010 1234 5678' });

// Payment and refund ids are UUIDs in the read models.
const uuid = (kind: string, n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

export type Op = { kind: number; a: number; b: number; amount: number };

/** Every command through the real deciders; refused commands append nothing. */
export function play(ops: Op[]): LedgerWorld {
  const w = new LedgerWorld();
  const wallet = (walletId: string, cmd: WalletCommand, operation?: string) =>
    w.append(walletId, 'wallet', decideWallet(cmd, w.wallet(walletId)), operation ? { operation } : {});
  for (const id of WALLETS) {
    wallet(id, { type: 'OpenWallet', data: { walletId: id, ownerId: `o-${id}` }, meta });
    wallet(id, { type: 'ActivateWallet', data: { walletId: id }, meta });
  }
  CARDS.forEach((c, i) => {
    w.append(c.id, 'medcard', decideMedCard({ type: 'IssueMedCard', data: { cardId: c.id, tier: 'gold', holder: holder(i), expiresAt: '2027-11-22T08:00:00.000Z', ...(c.insurance && { insurance: c.insurance }) }, meta }, w.card(c.id)));
    w.append(c.id, 'medcard', decideMedCard({ type: 'ActivateMedCard', data: { cardId: c.id }, meta }, w.card(c.id)));
  });
  const payments: string[] = [];
  const holds: { walletId: string; holdId: string }[] = [];
  const claims: { cardId: string; pharmacyId: string; rx: string; copay: { walletId: string; amount: number } | null }[] = [];
  ops.forEach((o, n) => {
    const walletId = WALLETS[o.a % WALLETS.length]!;
    LedgerWorld.attempt(() => {
      switch (o.kind) {
        case 0: { // a top-up through a provider, paid
          const paymentId = uuid('a', n);
          const provider = o.b % 2 ? ('fawry' as const) : ('paymob' as const);
          w.append(paymentId, 'payment', decidePayment({ type: 'RequestPayment', data: { paymentId, walletId, ownerId: `o-${walletId}`, provider, amount: o.amount, expiresAt: '2026-11-22T09:00:00.000Z' }, meta }, w.payment(paymentId)));
          payments.push(paymentId);
          const notification = { provider, key: `k-${n}`, kind: 'payment' as const, outcome: 'success' as const, amount: o.amount, providerTransactionId: `t-${n}`, detail: '' };
          const s = decidePaymentWithWallet({ type: 'RecordProviderNotification', data: { paymentId, notification }, meta }, w.payment(paymentId), w.wallet(walletId));
          w.append(paymentId, 'payment', s.payment);
          w.append(walletId, 'wallet', s.wallet);
          return;
        }
        case 1: case 2: { // a refund asked for, or a requested refund the provider refused
          const paymentId = payments[o.b % Math.max(payments.length, 1)];
          if (!paymentId) return;
          const p = w.payment(paymentId);
          if (p.status === 'none') return;
          const pending = p.refunds.find((r) => r.status === 'requested');
          const cmd = o.kind === 1 || !pending
            ? { type: 'RequestRefund' as const, data: { paymentId, refundId: uuid('b', n), amount: o.amount % 20_000 + 1, kind: 'refund' as const, reason: 'asked' }, meta }
            : { type: 'FailRefund' as const, data: { paymentId, refundId: pending.refundId, reason: 'declined' }, meta };
          const s = decidePaymentWithWallet(cmd, p, w.wallet(p.walletId));
          w.append(paymentId, 'payment', s.payment);
          w.append(p.walletId, 'wallet', s.wallet);
          return;
        }
        case 3: // staff credit, sometimes typing a reference that looks like a payment's
          return wallet(walletId, { type: 'CreditWallet', data: { walletId, amount: o.amount, reference: ['cash', 'payment:p-0', 'copay-refund:x:y:z'][o.b % 3]! }, meta }, 'wallet.credit');
        case 4:
          return wallet(walletId, { type: 'DebitWallet', data: { walletId, amount: o.amount % 30_000 + 1, reference: o.b % 2 ? 'refund:r-0' : 'fee' }, meta }, 'wallet.debit');
        case 5: { // transfer
          const to = WALLETS[o.b % WALLETS.length]!;
          const d = decideTransfer({ type: 'TransferFunds', data: { transferId: `t-${n}`, fromWalletId: walletId, toWalletId: to, amount: o.amount % 30_000 + 1 }, meta }, w.wallet(walletId), w.wallet(to));
          w.append(walletId, 'wallet', d.source);
          w.append(to, 'wallet', d.dest);
          return;
        }
        case 6: { // a copay hold for a pharmacy (or a staff hold), then captured in part
          const holdId = `h-${n}`;
          const pharmacyId = o.b % 3 === 0 ? undefined : PHARMACIES[o.b % 2]!;
          const reference = pharmacyId ? `copay:HP-1:${pharmacyId}:rx-${n}` : 'staff hold';
          wallet(walletId, { type: 'PlaceHold', data: { walletId, holdId, amount: o.amount % 20_000 + 1, expiresAt: '2026-11-22T09:00:00.000Z', reference, ...(pharmacyId && { pharmacyId }) }, meta });
          holds.push({ walletId, holdId });
          wallet(walletId, { type: 'CaptureHold', data: { walletId, holdId, amount: o.amount % 20_000 + 1 - (o.b % 7), ...(pharmacyId && { pharmacyId }) }, meta });
          return;
        }
        case 7: { // a hold placed and voided
          const holdId = `h-${n}`;
          wallet(walletId, { type: 'PlaceHold', data: { walletId, holdId, amount: o.amount, expiresAt: '2026-11-22T09:00:00.000Z', reference: 'x' }, meta });
          return wallet(walletId, { type: 'VoidHold', data: { walletId, holdId }, meta });
        }
        case 8: { // a prescription claim on an insured or uninsured card, its copay from a wallet hold
          const card = CARDS[o.b % CARDS.length]!;
          const pharmacyId = PHARMACIES[o.a % 2]!;
          const rx = `rx-${n}`;
          const total = o.amount % 50_000 + 100;
          const claim = { prescriptionId: rx, pharmacyId, beneficiaryId: `b-${o.b % CARDS.length}`, lines: [{ drugCode: `D${n}`, drugName: 'Drug', quantity: 1, unitPrice: total, totalPrice: total }], submittedTotal: total };
          const events = decideMedCard({ type: 'SubmitPrescriptionClaim', data: { cardId: card.id, claim }, meta }, w.card(card.id));
          w.append(card.id, 'medcard', events);
          const approved = events.find((e) => e.type === 'PrescriptionClaimApproved');
          let copay: { walletId: string; amount: number } | null = null;
          if (approved && approved.data.total.copay > 0 && LedgerWorld.attempt(() => {
            const holdId = `copay-${n}`;
            wallet(walletId, { type: 'PlaceHold', data: { walletId, holdId, amount: approved.data.total.copay, expiresAt: '2026-11-22T09:00:00.000Z', reference: `copay:${card.id}:${pharmacyId}:${rx}`, pharmacyId }, meta });
            wallet(walletId, { type: 'CaptureHold', data: { walletId, holdId, amount: approved.data.total.copay, pharmacyId }, meta });
          })) copay = { walletId, amount: approved.data.total.copay };
          if (approved) claims.push({ cardId: card.id, pharmacyId, rx, copay });
          return;
        }
        case 9: { // a claim reversed (when this tree has reversals), its wallet copay refunded
          const c = claims[o.b % Math.max(claims.length, 1)];
          if (!decideClaimReversal || !c) return;
          const walletOf = c.copay?.walletId ?? walletId;
          const cmd = { type: 'ReversePrescriptionClaim', data: { cardId: c.cardId, pharmacyId: c.pharmacyId, prescriptionId: c.rx, reason: 'PATIENT_LEFT', by: { kind: 'staff', userId: 'staff-1' }, walletCopay: c.copay }, meta };
          const d = decideClaimReversal(cmd, w.card(c.cardId), w.wallet(walletOf));
          w.append(c.cardId, 'medcard', d.card);
          w.append(walletOf, 'wallet', d.wallet);
          return;
        }
      }
    });
  });
  return w;
}
