import { router } from '../../trpc';
import { fileInsuranceClaim } from './file-insurance-claim';
import { listInsuranceClaims } from './list-insurance-claims';
import { listMyPharmacyInsuranceClaims } from './list-pharmacy-insurance-claims';
import { resubmitInsuranceClaim } from './resubmit-insurance-claim';
import { reviewInsuranceClaim } from './review-insurance-claim';

export const insuranceRouter = router({
  file: fileInsuranceClaim,
  review: reviewInsuranceClaim,
  resubmit: resubmitInsuranceClaim,
  queue: listInsuranceClaims,
  /** A pharmacist's view: their pharmacy's claims. */
  mine: listMyPharmacyInsuranceClaims,
});
