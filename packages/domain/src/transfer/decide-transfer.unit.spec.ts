import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { domainErrorOf, stateFrom } from '../testing/given';
import { meta } from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import { T0, activeHistory, forWallet } from '../testing/wallet-events';
import type { WalletEvent } from '../wallet/events';
import type { WalletState } from '../wallet/state';
import type { TransferFunds } from './commands';
import { decideTransfer } from './decide-transfer';

const A = 'wallet-1';
const B = 'wallet-2';
const transfer = (amount: number, now = T0, from = A, to = B): TransferFunds => ({
  type: 'TransferFunds',
  data: { transferId: 'tr-1', fromWalletId: from, toWalletId: to, amount, reference: 'rent' },
  meta: meta(now),
});
const sent = (amount: number, balanceAfter: number, at = T0): WalletEvent => ({
  type: 'WalletTransferSent',
  data: { walletId: A, transferId: 'tr-1', toWalletId: B, amount, balanceAfter, at, reference: 'rent' },
});
const received = (amount: number, balanceAfter: number, at = T0): WalletEvent => ({
  type: 'WalletTransferReceived',
  data: { walletId: B, transferId: 'tr-1', fromWalletId: A, amount, balanceAfter, at, reference: 'rent' },
});

const source = (events: WalletEvent[] = activeHistory(10_000)): WalletState => stateFrom(events);
const dest = (events: WalletEvent[] = activeHistory(500)): WalletState => stateFrom(forWallet(B, events));
const rejection = (cmd: TransferFunds, from: WalletState, to: WalletState) => domainErrorOf(() => decideTransfer(cmd, from, to));

describe('decideTransfer', () => {
  describe('when both wallets are active', () => {
    it('emits a sent leg on the source and a received leg on the destination', () => {
      expect(decideTransfer(transfer(3_000), source(), dest())).toEqual({ source: [sent(3_000, 7_000)], dest: [received(3_000, 3_500)] });
    });

    it('moves the money when both legs are applied', () => {
      const { source: s, dest: d } = decideTransfer(transfer(3_000), source(), dest());
      expect(stateFrom([...activeHistory(10_000), ...s])).toMatchObject({ balance: 7_000, spend: { dayTotal: 3_000, monthTotal: 3_000 } });
      expect(stateFrom([...forWallet(B, activeHistory(500)), ...d])).toMatchObject({ balance: 3_500, spend: { dayTotal: 0 } });
    });

    it('leaves the note off both legs when there is none', () => {
      const noNote = { ...transfer(3_000), data: { ...transfer(3_000).data, reference: '  ' } };
      const d = decideTransfer(noNote, source(), dest());
      expect([d.source[0]?.data, d.dest[0]?.data].map((x) => x && 'reference' in x)).toEqual([false, false]);
    });

    it('rejects a transfer to the same wallet', () => {
      expect(rejection(transfer(1, T0, A, A), source(), source())).toMatchObject({ code: 'SAME_WALLET_TRANSFER', details: { walletId: A } });
    });

    it.each([0, -1, 2.5, Number.NaN])('rejects amount %d with INVALID_AMOUNT', (amount) => {
      expect(rejection(transfer(amount), source(), dest()).code).toBe('INVALID_AMOUNT');
    });

    it('rejects more than the available balance (live holds excluded)', () => {
      const held = source([...activeHistory(10_000), ev.holdPlaced('h1', 4_000)]);
      expect(rejection(transfer(6_001), held, dest())).toMatchObject({ code: 'INSUFFICIENT_FUNDS', details: { available: 6_000, requested: 6_001 } });
      expect(decideTransfer(transfer(6_000), held, dest()).source).toEqual([sent(6_000, 4_000)]);
    });

    it('applies the daily limit in the Cairo day, counting earlier transfers out', () => {
      const limited = [ev.opened(T0, 10_000, 25_000), ev.activated(), ev.credited(100_000, 100_000)];
      const spent = source([...limited, sent(8_000, 92_000, '2026-11-22T10:00:00Z')]);
      expect(rejection(transfer(2_001, '2026-11-22T21:59:59Z'), spent, dest())).toMatchObject({
        code: 'DAILY_LIMIT_EXCEEDED',
        details: { limit: 10_000, used: 8_000, requested: 2_001 },
      });
      expect(decideTransfer(transfer(10_000, '2026-11-22T22:00:00Z'), spent, dest()).source).toEqual([sent(10_000, 82_000, '2026-11-22T22:00:00Z')]);
    });

    it('applies the monthly limit', () => {
      const history = [
        ev.opened(T0, 10_000, 25_000),
        ev.activated(),
        ev.credited(100_000, 100_000),
        ev.debited(10_000, 90_000, '2026-11-20T10:00:00Z'),
        ev.debited(10_000, 80_000, '2026-11-21T10:00:00Z'),
      ];
      expect(rejection(transfer(5_001), source(history), dest()).code).toBe('MONTHLY_LIMIT_EXCEEDED');
    });

    it('rejects a credit that would overflow the destination balance', () => {
      expect(rejection(transfer(11), source(), dest(activeHistory(Number.MAX_SAFE_INTEGER - 10))).code).toBe('INVALID_AMOUNT');
    });

    it('refuses states loaded for the wrong wallet (wiring bug, not a domain rejection)', () => {
      const error = (() => {
        try {
          decideTransfer(transfer(1), dest(), source());
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(DomainError);
    });
  });

  const byStatus: [string, WalletEvent[], string][] = [
    ['none', [], 'WALLET_NOT_FOUND'],
    ['pending', [ev.opened()], 'WALLET_NOT_ACTIVE'],
    ['suspended', [...activeHistory(10_000), ev.suspended()], 'WALLET_NOT_ACTIVE'],
    ['closed', [ev.opened(), ev.closed()], 'WALLET_CLOSED'],
  ];
  for (const [status, history, code] of byStatus) {
    describe(`when ${status}`, () => {
      it(`as the source: rejects with ${code} naming the source`, () => {
        expect(rejection(transfer(1), source(history), dest())).toMatchObject({ code, details: { walletId: A } });
      });
      it(`as the destination: rejects with ${code} naming the destination, emitting no leg`, () => {
        expect(rejection(transfer(1), source(), dest(history))).toMatchObject({ code, details: { walletId: B } });
      });
    });
  }
});
