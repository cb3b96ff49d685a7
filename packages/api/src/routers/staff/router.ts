import { router } from '../../trpc';
import { changeRole } from './change-role';
import { deactivate } from './deactivate';
import { listStaff } from './list-staff';
import { reactivate } from './reactivate';

export const staffRouter = router({ list: listStaff, changeRole, deactivate, reactivate });
