import { router } from '../../trpc';
import { endUserSessions } from './end-user-sessions';

export const usersRouter = router({ endSessions: endUserSessions });
