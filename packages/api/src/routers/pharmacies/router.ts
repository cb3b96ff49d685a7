import { router } from '../../trpc';
import { activatePharmacy, reinstatePharmacy, suspendPharmacy } from './change-status';
import { changeSettlementAccount } from './change-settlement-account';
import { createPharmacy } from './create-pharmacy';
import { getPharmacy } from './get-pharmacy';
import { listPharmacies } from './list-pharmacies';
import { myPharmacy } from './my-pharmacy';
import { revealPharmacyIban } from './reveal-iban';
import { updatePharmacyDetails } from './update-details';

/** Pharmacy onboarding and status (docs: ARCHITECTURE.md, packages/domain/src/pharmacy). */
export const pharmaciesRouter = router({
  create: createPharmacy,
  updateDetails: updatePharmacyDetails,
  changeSettlementAccount,
  activate: activatePharmacy,
  suspend: suspendPharmacy,
  reinstate: reinstatePharmacy,
  list: listPharmacies,
  get: getPharmacy,
  revealIban: revealPharmacyIban,
  mine: myPharmacy,
});
