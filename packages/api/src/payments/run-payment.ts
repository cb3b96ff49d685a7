import {
  decidePayment, decidePaymentWithWallet, type CommandMeta, type PaymentCommand, type PaymentEvent, type PaymentState,
  type PaymentWalletCommand, type WalletEvent, type WalletState,
} from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import type { Loaded } from '../commands/aggregate-cache';
import { executeCommand } from '../commands/execute';
import { MixedAggregates } from '../commands/mixed-aggregates';
import { AppError } from '../errors/app-error';
import type { RequestInfo } from '../identity/audit';
import type { Services } from '../services/services';

export interface PaymentCall {
  services: Services;
  actor: Actor;
  operation: string;
  input: unknown;
  idempotencyKey?: string | null;
  request?: RequestInfo;
}

type Body<C> = C extends unknown ? Omit<C, 'meta'> : never;
const NONE: PaymentState = { status: 'none' };

/** A payment command that moves no money: load, authorize, decide, append. Returns the state after. */
export function runPaymentCommand(
  call: PaymentCall,
  paymentId: string,
  command: Body<PaymentCommand>,
  authorize: (state: PaymentState) => void = () => {},
): Promise<Loaded<PaymentState>> {
  return executeCommand(call.services, {
    operation: call.operation, input: call.input, actor: call.actor, idempotencyKey: call.idempotencyKey ?? null, request: call.request,
    aggregates: call.services.aggregates.payment,
    streams: [paymentId],
    decide(states, meta: CommandMeta) {
      const state = states.get(paymentId) ?? NONE;
      authorize(state);
      return new Map([[paymentId, decidePayment({ ...command, meta } as PaymentCommand, state)]]);
    },
    result: (after) => after.get(paymentId) ?? { state: NONE, version: 0 },
  });
}

/**
 * A payment command decided together with the payment's wallet (a credit, a refund's debit), appended to
 * both streams in one transaction with their expected versions: a payment credits its wallet at most once.
 */
export async function runSettlement(
  call: PaymentCall,
  paymentId: string,
  command: Body<PaymentWalletCommand>,
  authorize: (state: PaymentState) => void = () => {},
): Promise<Loaded<PaymentState>> {
  const { payment: payments, wallet: wallets } = call.services.aggregates;
  const loaded = await payments.load(paymentId);
  if (loaded.state.status === 'none') throw new AppError('PAYMENT_NOT_FOUND', 'No such payment');
  const walletId = loaded.state.walletId;
  const aggregates = new MixedAggregates<PaymentState | WalletState, PaymentEvent | WalletEvent>([[paymentId, payments], [walletId, wallets]]);
  return executeCommand(call.services, {
    operation: call.operation, input: call.input, actor: call.actor, idempotencyKey: call.idempotencyKey ?? null, request: call.request,
    aggregates,
    streams: [paymentId, walletId],
    decide(states, meta: CommandMeta) {
      const payment = (states.get(paymentId) ?? NONE) as PaymentState;
      authorize(payment);
      const wallet = (states.get(walletId) ?? { status: 'none' }) as WalletState;
      const decided = decidePaymentWithWallet({ ...command, meta } as PaymentWalletCommand, payment, wallet);
      return new Map<string, (PaymentEvent | WalletEvent)[]>([[paymentId, decided.payment], [walletId, decided.wallet]]);
    },
    result: (after) => (after.get(paymentId) ?? { state: NONE, version: 0 }) as Loaded<PaymentState>,
  });
}

/** Provider callbacks and background jobs act as the system, named for the audit trail. */
export const systemActor = (name: string): Actor => ({
  userId: `system:${name}`,
  // Not a person's role: the audit trail and event metadata show it as such.
  role: 'system' as string as Actor['role'],
  pharmacyId: null,
});
