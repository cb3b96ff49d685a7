import { decideSettlement, settlementStreamId, type SettlementCommand, type SettlementState } from '@healthpay/domain';
import { getStatement } from '@healthpay/db';
import type { Actor } from '../../auth/actor';
import { executeOnStream } from '../../commands/execute-on-stream';
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
  const stream = settlementStreamId(found.statement.id);
  const command = body(found.statement);
  return executeOnStream(ctx, {
    operation,
    input,
    cache: ctx.services.aggregates.settlement,
    stream,
    decide: (state, meta) => decideSettlement({ ...command, meta } as SettlementCommand, state),
    result: (after) => viewAfter(found.statement, after.state, after.version),
    auditDetails: () => ({ settlementId: found.statement.id, pharmacyId: found.statement.pharmacyId }),
  });
}
