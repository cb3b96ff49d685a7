import { router } from '../../trpc';
import { liveChanges } from './changes';

export const liveRouter = router({ changes: liveChanges });
