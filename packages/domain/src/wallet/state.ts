import type { Currency, Piasters } from '../shared/money';

export interface Hold {
  amount: Piasters;
  expiresAt: string;
  reference: string;
  /** The pharmacy the hold was placed for: only it may capture or void the hold. */
  pharmacyId?: string;
}

/** Money that left the wallet in one Africa/Cairo day and month (debits, captures, transfers out). */
export interface Spend {
  day: string; // YYYY-MM-DD in Africa/Cairo
  dayTotal: Piasters;
  month: string; // YYYY-MM in Africa/Cairo
  monthTotal: Piasters;
}

export interface ExistingWallet {
  walletId: string;
  ownerId: string;
  currency: Currency;
  balance: Piasters;
  holds: Readonly<Record<string, Hold>>;
  dailyDebitLimit: Piasters;
  monthlyDebitLimit: Piasters;
  spend: Spend;
}

/** State is a union keyed on `status`; `none` before the wallet is opened. */
export type WalletState =
  | { status: 'none' }
  | ({ status: 'pending' | 'active' | 'suspended' | 'closed' } & ExistingWallet);

export const initialWalletState: WalletState = { status: 'none' };
