import { router } from '../../trpc';
import { addBeneficiary } from './add-beneficiary';
import { listBeneficiaries } from './list-beneficiaries';
import { removeBeneficiary } from './remove-beneficiary';

export const beneficiariesRouter = router({
  add: addBeneficiary,
  remove: removeBeneficiary,
  list: listBeneficiaries,
});
