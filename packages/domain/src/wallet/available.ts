import { isAtOrBefore } from '../shared/instant';
import type { Piasters } from '../shared/money';
import type { Hold, WalletState } from './state';

/** A hold stops reserving money at its expiry instant, even before ExpireHold removes it. */
export const isHoldActive = (hold: Hold, nowIso: string): boolean => !isAtOrBefore(hold.expiresAt, nowIso);

/** Sum of the holds still in force at `nowIso`. */
export const heldAmount = (state: WalletState, nowIso: string): Piasters => {
  if (state.status === 'none') return 0;
  return Object.values(state.holds).reduce((sum, hold) => (isHoldActive(hold, nowIso) ? sum + hold.amount : sum), 0);
};

/** What the owner can spend now: balance minus money reserved by non-expired holds. */
export const availableBalance = (state: WalletState, nowIso: string): Piasters =>
  state.status === 'none' ? 0 : state.balance - heldAmount(state, nowIso);
