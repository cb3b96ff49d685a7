import { confirmCopay as confirm } from '../../copay/settle';
import { counterProcedure } from '../../auth/active-pharmacy';
import { confirmCopayInput, copayView } from './copay.schemas';

/** The code the patient read out: right → the copay is taken from the wallet; wrong → tries left. */
export const confirmCopay = counterProcedure('pharmacist')
  .input(confirmCopayInput)
  .output(copayView)
  .mutation(({ ctx, input }) => confirm(ctx, input));
