import { router } from '../../trpc';
import { me } from './me';

export const sessionRouter = router({ me });
