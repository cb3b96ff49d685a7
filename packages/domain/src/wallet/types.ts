import type { WalletCommand, WalletCommandType } from './commands';
import type { WalletState } from './state';

/** A wallet that has been opened (any status but `none`). */
export type ExistingWalletState = Exclude<WalletState, { status: 'none' }>;
export type WalletStatus = WalletState['status'];

/** The command of one type, so each handler receives exactly its payload. */
export type CommandOf<T extends WalletCommandType> = Extract<WalletCommand, { type: T }>;
