import { router } from '../../trpc';
import { requestOtp } from './request-otp';

export const authRouter = router({ requestOtp });
