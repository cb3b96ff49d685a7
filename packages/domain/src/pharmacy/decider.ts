import type { Decider } from '../shared/command';
import type { PharmacyCommand } from './commands';
import { decidePharmacy } from './decide';
import type { PharmacyEvent } from './events';
import { evolvePharmacy } from './evolve';
import { initialPharmacyState, type PharmacyState } from './state';

/** The pharmacy's decider after registration; registration is decidePharmacyRegistration (with the licence claim). */
export const pharmacyDecider: Decider<PharmacyCommand, PharmacyEvent, PharmacyState> = {
  decide: decidePharmacy,
  evolve: evolvePharmacy,
  initialState: initialPharmacyState,
};
