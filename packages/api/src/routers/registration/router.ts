import { router } from '../../trpc';
import { completeRegistration } from './complete-registration';
import { startRegistration } from './start-registration';

export const registrationRouter = router({ start: startRegistration, complete: completeRegistration });
