import type { Decider } from '../shared/command';
import type { MedCardCommand } from './commands';
import { decideMedCard } from './decide';
import type { MedCardEvent } from './events';
import { evolveMedCard } from './evolve';
import { initialMedCardState, type MedCardState } from './state';

export const medCardDecider: Decider<MedCardCommand, MedCardEvent, MedCardState> = {
  decide: decideMedCard,
  evolve: evolveMedCard,
  initialState: initialMedCardState,
};
