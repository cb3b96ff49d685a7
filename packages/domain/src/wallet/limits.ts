import { DomainError } from '../shared/errors';
import { isPositiveMoney, type Piasters } from '../shared/money';
import { spentThisMonth, spentToday } from './spend';
import type { ExistingWalletState } from './types';

/** 30,000 EGP per Cairo day. */
export const DEFAULT_DAILY_DEBIT_LIMIT: Piasters = 3_000_000;
/** 100,000 EGP per Cairo month. */
export const DEFAULT_MONTHLY_DEBIT_LIMIT: Piasters = 10_000_000;

export interface DebitLimits {
  dailyDebitLimit: Piasters;
  monthlyDebitLimit: Piasters;
}

export const requireValidLimits = (limits: DebitLimits): void => {
  const { dailyDebitLimit, monthlyDebitLimit } = limits;
  if (!isPositiveMoney(dailyDebitLimit) || !isPositiveMoney(monthlyDebitLimit) || dailyDebitLimit > monthlyDebitLimit) {
    throw new DomainError('INVALID_LIMIT', 'Limits must be positive whole piasters with daily <= monthly', {
      dailyDebitLimit,
      monthlyDebitLimit,
    });
  }
};

/**
 * Rejects `amount` if it would push the Cairo day/month over the wallet's limits.
 * `reserved` is limit already promised to open holds (PlaceHold passes it; debits and transfers pass 0).
 */
export const requireWithinLimits = (
  wallet: ExistingWalletState,
  nowIso: string,
  amount: Piasters,
  reserved: Piasters = 0,
): void => {
  const today = spentToday(wallet.spend, nowIso) + reserved;
  if (today + amount > wallet.dailyDebitLimit) {
    throw new DomainError('DAILY_LIMIT_EXCEEDED', 'Daily debit limit exceeded', {
      limit: wallet.dailyDebitLimit,
      used: today,
      requested: amount,
    });
  }
  const month = spentThisMonth(wallet.spend, nowIso) + reserved;
  if (month + amount > wallet.monthlyDebitLimit) {
    throw new DomainError('MONTHLY_LIMIT_EXCEEDED', 'Monthly debit limit exceeded', {
      limit: wallet.monthlyDebitLimit,
      used: month,
      requested: amount,
    });
  }
};
