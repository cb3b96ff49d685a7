import { router } from '../../trpc';
import { getPrescriptionClaimProcedure } from './get-claim';
import { grantRefillOverride } from './grant-refill-override';
import { listCardClaims } from './list-card-claims';
import { listPharmacyClaims } from './list-pharmacy-claims';
import { previewPrescriptionClaim } from './preview-claim';
import { reversePrescriptionClaim } from './reverse-claim';
import { staffReversePrescriptionClaim } from './staff-reverse-claim';
import { searchPharmacyClaims } from './search-claims';
import { submitPrescriptionClaim } from './submit-claim';

export const claimsRouter = router({
  submit: submitPrescriptionClaim,
  preview: previewPrescriptionClaim,
  get: getPrescriptionClaimProcedure,
  byCard: listCardClaims,
  byPharmacy: listPharmacyClaims,
  search: searchPharmacyClaims,
  refillOverride: grantRefillOverride,
  reverse: reversePrescriptionClaim,
  staffReverse: staffReversePrescriptionClaim,
});
