import { decideWallet, type CommandMeta, type WalletCommand, type WalletState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { executeCommand } from '../../commands/execute';
import type { Context } from '../../context';
import { ownerOf } from './wallet-access';
import { walletSnapshotOf } from './wallet-snapshot';
import type { WalletSnapshot } from './wallet.schemas';

type CommandBody = Omit<WalletCommand, 'meta'>;

/**
 * One command on one wallet: load, authorize against the loaded owner, decide, append.
 * `authorize` throws to refuse; it sees the owner so per-record rules need no extra read.
 */
export function runWalletCommand(
  ctx: Context & { actor: Actor },
  operation: string,
  input: { walletId: string },
  command: CommandBody,
  authorize: (ownerId: string | undefined) => void = () => {},
  auditDetails?: () => Record<string, unknown>,
): Promise<WalletSnapshot> {
  return executeCommand(ctx.services, {
    operation,
    input,
    // A plain field (undefined when none), not a spread: every field after a spread is defined through V8's slow path (bench run 16).
    auditDetails,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: ctx.services.aggregates.wallet,
    streams: [input.walletId],
    decide(states: Map<string, WalletState>, meta: CommandMeta) {
      const state = states.get(input.walletId) ?? { status: 'none' };
      authorize(ownerOf(state));
      return new Map([[input.walletId, decideWallet({ type: command.type, data: command.data, meta } as WalletCommand, state)]]);
    },
    // Method shorthand, created per request: no __name (tsx keepNames).
    result(after, meta) {
      return walletSnapshotOf(after.get(input.walletId), meta.now);
    },
  });
}
