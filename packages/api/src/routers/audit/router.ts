import { router } from '../../trpc';
import { listAuditLog } from './list-audit';

export const auditRouter = router({
  list: listAuditLog,
});
