import { router } from '../../trpc';
import { addBeneficiary } from './add-beneficiary';
import { listBeneficiaries } from './list-beneficiaries';
import { removeBeneficiary } from './remove-beneficiary';
import { revealNationalId } from './reveal-national-id';

export const beneficiariesRouter = router({
  add: addBeneficiary,
  remove: removeBeneficiary,
  list: listBeneficiaries,
  revealNationalId,
});
