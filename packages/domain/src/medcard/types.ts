import type { MedCardCommand, MedCardCommandType } from './commands';
import type { MedCardState } from './state';

/** A card that has been issued (any status but `none`). */
export type ExistingMedCardState = Exclude<MedCardState, { status: 'none' }>;
export type MedCardStatus = MedCardState['status'];

/** The command of one type, so each handler receives exactly its payload. */
export type MedCardCommandOf<T extends MedCardCommandType> = Extract<MedCardCommand, { type: T }>;
