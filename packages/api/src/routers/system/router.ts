import { router } from '../../trpc';
import { getSystemStatus } from './system-status';

export const systemRouter = router({
  status: getSystemStatus,
});
