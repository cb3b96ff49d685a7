import { decideWallet, type CommandMeta, type WalletCommand } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { executeCommand } from '../commands/execute';
import type { Context } from '../context';
import { ownerOf } from '../routers/wallet/wallet-access';

export interface HoldCommandRequest<R> {
  operation: string;
  input: unknown;
  walletId: string;
  command: Omit<WalletCommand, 'meta'>;
  idempotencyKey: string | null;
  /** Throws to refuse; sees the wallet's owner as loaded. */
  authorize?: (ownerId: string | undefined) => void;
  result: (meta: CommandMeta) => R;
}

/** One hold command on the collection's wallet, through the command pipeline (lock, retry, audit, idempotency). */
export function runHoldCommand<R>(ctx: Context & { actor: Actor }, req: HoldCommandRequest<R>): Promise<R> {
  const wallets = ctx.services.aggregates.wallet;
  return executeCommand(ctx.services, {
    operation: req.operation,
    input: req.input,
    actor: ctx.actor,
    idempotencyKey: req.idempotencyKey,
    request: ctx.request,
    aggregates: wallets,
    streams: [req.walletId],
    decide(states, meta) {
      const state = states.get(req.walletId) ?? wallets.kind.initialState;
      req.authorize?.(ownerOf(state));
      return new Map([[req.walletId, decideWallet({ ...req.command, meta } as WalletCommand, state)]]);
    },
    result: (_after, meta) => req.result(meta),
  });
}
