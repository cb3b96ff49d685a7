import { router } from '../../trpc';
import { approveCopay } from './approve-copay';
import { cancelCopay } from './cancel-copay';
import { confirmCopay } from './confirm-copay';
import { copayStatus } from './copay-status';
import { pendingCopays } from './pending-copays';
import { requestCopay } from './request-copay';

/** The copay collected from the patient's wallet at the pharmacy (docs/payments.md, "Copay from the wallet"). */
export const copayRouter = router({
  request: requestCopay,
  confirm: confirmCopay,
  cancel: cancelCopay,
  status: copayStatus,
  pending: pendingCopays,
  approve: approveCopay,
});
