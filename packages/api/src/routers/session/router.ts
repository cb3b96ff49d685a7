import { router } from '../../trpc';
import { demoUsers } from './demo-users';
import { me } from './me';

export const sessionRouter = router({ me, demoUsers });
