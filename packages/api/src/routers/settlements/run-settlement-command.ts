import { decideSettlement, settlementStreamId, type SettlementCommand, type SettlementState } from '@healthpay/domain';
import { getStatement } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import { executeCommand } from '../../commands/execute';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import type { StatementView } from './settlement.schemas';

export type SettlementCommandBody = Omit<SettlementCommand, 'meta'>;

/** What the statement looks like after the command: the read model row with the new status over it (it lags). */
function viewAfter(before: StatementView, state: SettlementState, version: number): StatementView {
  if (state.status === 'open') return before;
  return {
    ...before, status: state.status, lines: state.lines, totals: state.totals, payoutReference: state.payoutReference,
    disputeReason: state.disputeReason, version,
  };
}

/** One statement command: the statement must exist in the read model (it has lines, or was closed); audited with its reason. */
export async function runSettlementCommand(
  ctx: Context & { actor: Actor },
  operation: string,
  input: unknown,
  body: (statement: StatementView) => SettlementCommandBody,
): Promise<StatementView> {
  const found = await getStatement(ctx.services.pool, (input as { settlementId: string }).settlementId);
  if (!found) throw new AppError('SETTLEMENT_NOT_FOUND', 'No such statement');
  const cache = ctx.services.aggregates.settlement;
  const stream = settlementStreamId(found.statement.id);
  const command = body(found.statement);
  return executeCommand(ctx.services, {
    operation,
    input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: cache,
    streams: [stream],
    decide(states, meta) {
      const state = states.get(stream) ?? cache.kind.initialState;
      return new Map([[stream, decideSettlement({ ...command, meta } as SettlementCommand, state)]]);
    },
    result: (after) => {
      const loaded = after.get(stream) ?? { state: cache.kind.initialState, version: 0 };
      return viewAfter(found.statement, loaded.state, loaded.version);
    },
    auditDetails: () => ({ settlementId: found.statement.id, pharmacyId: found.statement.pharmacyId }),
  });
}
