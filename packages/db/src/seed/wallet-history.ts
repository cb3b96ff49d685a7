import type { WalletCommand } from '@healthpay/domain';
import { demoWallets } from './demo-data';

type Body = Omit<WalletCommand, 'meta'>;

/** What happened (amounts in piasters) to each demo wallet, oldest first, with how many days ago it happened. */
export function demoWalletHistory(): { daysAgo: number; command: Body }[] {
  const steps: { daysAgo: number; command: Body }[] = [];
  const open = (w: { walletId: string; ownerId: string }, daysAgo: number) => {
    steps.push({ daysAgo, command: { type: 'OpenWallet', data: { ...w } } });
    steps.push({ daysAgo, command: { type: 'ActivateWallet', data: { walletId: w.walletId } } });
  };
  const credit = (walletId: string, piasters: number, reference: string, daysAgo: number) =>
    steps.push({ daysAgo, command: { type: 'CreditWallet', data: { walletId, amount: piasters, reference } } });
  const debit = (walletId: string, piasters: number, reference: string, daysAgo: number) =>
    steps.push({ daysAgo, command: { type: 'DebitWallet', data: { walletId, amount: piasters, reference } } });

  const { ahmed, mona, omar } = demoWallets;
  open(ahmed, 30);
  open(mona, 28);
  open(omar, 20);
  credit(ahmed.walletId, 250_000, 'Paymob top-up', 29);
  debit(ahmed.walletId, 18_550, 'El Ezaby Pharmacy – Maadi', 25);
  credit(mona.walletId, 100_000, 'Fawry cash top-up', 27);
  debit(mona.walletId, 32_075, 'Seif Pharmacy – Smouha', 12);
  credit(ahmed.walletId, 50_000, 'Paymob top-up', 9);
  debit(ahmed.walletId, 9_625, 'El Ezaby Pharmacy – Maadi', 3);
  credit(omar.walletId, 75_000, 'Fawry cash top-up', 2);
  return steps;
}
