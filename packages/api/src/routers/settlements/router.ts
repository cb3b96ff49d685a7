import { router } from '../../trpc';
import { exportStatement } from './export-statement';
import { listFeeSchedules, setFeeSchedule } from './fee-schedules';
import { getStatement } from './get-statement';
import { listStatements } from './list-statements';
import { approveStatement, closeStatement, disputeStatement, markStatementPaid } from './statement-commands';

/** Fee schedules and pharmacy settlement statements (docs/settlements.md, packages/domain/src/settlement). */
export const settlementsRouter = router({
  setFeeSchedule,
  feeSchedules: listFeeSchedules,
  list: listStatements,
  get: getStatement,
  export: exportStatement,
  close: closeStatement,
  approve: approveStatement,
  markPaid: markStatementPaid,
  dispute: disputeStatement,
});
