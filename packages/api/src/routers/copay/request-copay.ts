import { requestCopay as request } from '../../copay/request';
import { counterProcedure } from '../../auth/active-pharmacy';
import { copayRequested, requestCopayInput } from './copay.schemas';

/** The pharmacist asks the patient's wallet for the claim's copay: a hold, and a code by SMS to the patient. */
export const requestCopay = counterProcedure('pharmacist')
  .input(requestCopayInput)
  .output(copayRequested)
  .mutation(({ ctx, input }) => request(ctx, input));
