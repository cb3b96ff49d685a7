import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import { stateFrom } from '../testing/given';
import * as cmd from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import { T0, forWallet } from '../testing/wallet-events';
import { decideTransfer } from '../transfer/decide-transfer';
import { availableBalance } from './available';
import type { WalletCommand } from './commands';
import { decideWallet } from './decide';
import type { WalletEvent, WalletEventType } from './events';
import { evolveWallet } from './evolve';
import type { WalletState } from './state';

/**
 * Deterministic pseudo-random numbers (Numerical Recipes LCG): the same seed replays the same run.
 * Scales the whole 32-bit output instead of `% n`, because an LCG's low bits have very short periods.
 */
const lcg = (seed: number) => {
  let x = seed >>> 0;
  const next = (): number => (x = (Math.imul(1_664_525, x) + 1_013_904_223) >>> 0);
  const int = (maxExclusive: number): number => Math.floor((next() / 2 ** 32) * maxExclusive);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
};

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const A = 'wallet-1';
const B = 'wallet-2';
const setup = (id: string): WalletEvent[] =>
  forWallet(id, [ev.opened(T0, 60_000, 250_000), ev.activated(), ev.credited(20_000, 20_000)]);

/** Running sums of accepted money movements on one wallet. */
const ledger = () => ({ credits: 20_000, debits: 0, captures: 0, out: 0, in: 0 });
type Ledger = ReturnType<typeof ledger>;
const book = (l: Ledger, e: WalletEvent): void => {
  if (e.type === 'WalletCredited') l.credits += e.data.amount;
  if (e.type === 'WalletDebited') l.debits += e.data.amount;
  if (e.type === 'WalletHoldCaptured') l.captures += e.data.amount;
  if (e.type === 'WalletTransferSent') l.out += e.data.amount;
  if (e.type === 'WalletTransferReceived') l.in += e.data.amount;
};

const KINDS = [
  ...Array<'credit'>(3).fill('credit'),
  ...Array<'debit'>(4).fill('debit'),
  ...Array<'hold'>(4).fill('hold'),
  ...Array<'capture'>(4).fill('capture'),
  'void',
  ...Array<'expire'>(2).fill('expire'),
  ...Array<'transfer'>(3).fill('transfer'),
  'suspend',
] as const;
type Kind = (typeof KINDS)[number] | 'reactivate';

const run = (seed: number, steps: number) => {
  const rnd = lcg(seed);
  const states: Record<string, WalletState> = { [A]: stateFrom(setup(A)), [B]: stateFrom(setup(B)) };
  const ledgers: Record<string, Ledger> = { [A]: ledger(), [B]: ledger() };
  const seen = new Set<WalletEventType | string>();
  let now = Date.parse(T0);
  let holdSeq = 0;

  const apply = (id: string, events: WalletEvent[]): void => {
    for (const e of events) {
      states[id] = evolveWallet(states[id]!, e);
      book(ledgers[id]!, e);
      seen.add(e.type);
      const s = states[id]!;
      if ('balanceAfter' in e.data && s.status !== 'none') expect(e.data.balanceAfter).toBe(s.balance);
    }
  };

  for (let step = 0; step < steps; step++) {
    // Mostly minutes apart (so holds get captured before expiry), sometimes a jump across days.
    now += rnd.int(8) === 0 ? rnd.int(30 * HOUR) : rnd.int(HOUR / 3);
    const at = iso(now);
    const id = rnd.pick([A, B]);
    const other = id === A ? B : A;
    const state = states[id]!;
    const holdIds = state.status === 'none' ? [] : Object.keys(state.holds);
    const amount = rnd.pick([0, -1, 1, 10, 500, 2_000, 7_500, 20_000, 45_000]);
    const holdId = holdIds.length > 0 && rnd.int(4) > 0 ? rnd.pick(holdIds) : `h${holdSeq++}`;
    const w = (c: WalletCommand): WalletCommand => ({ ...c, data: { ...c.data, walletId: id } }) as WalletCommand;
    const hold = state.status !== 'none' && Object.hasOwn(state.holds, holdId) ? state.holds[holdId] : undefined;
    // For a known hold: mostly a valid partial/full capture, sometimes one piaster too many or zero.
    const captureAmount = !hold ? amount : rnd.int(5) > 0 ? 1 + rnd.int(hold.amount) : rnd.pick([hold.amount + 1, 0]);
    // Weighted mix; a suspended wallet is usually reactivated soon so most steps hit an active wallet.
    const kind = state.status === 'suspended' && rnd.int(2) === 0 ? 'reactivate' : rnd.pick(KINDS);
    try {
      if (kind === 'transfer') {
        const decided = decideTransfer(
          { type: 'TransferFunds', data: { transferId: `t${step}`, fromWalletId: id, toWalletId: other, amount }, meta: cmd.meta(at) },
          state,
          states[other]!,
        );
        apply(id, decided.source);
        apply(other, decided.dest);
      } else {
        const commands: Record<Exclude<Kind, 'transfer'>, WalletCommand> = {
          credit: cmd.creditWallet(amount, at),
          debit: cmd.debitWallet(amount, at),
          hold: cmd.placeHold(holdId, amount, iso(now + (1 + rnd.int(6)) * HOUR), at),
          capture: cmd.captureHold(holdId, captureAmount, at),
          void: cmd.voidHold(holdId, at),
          expire: cmd.expireHold(holdId, at),
          suspend: cmd.suspendWallet('review', at),
          reactivate: cmd.reactivateWallet(at),
        };
        apply(id, decideWallet(w(commands[kind]), state));
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      seen.add(error.code);
      expect(states[id]).toBe(state); // a rejection changes nothing
    }

    for (const wid of [A, B]) {
      const s = states[wid]!;
      if (s.status === 'none') throw new Error('wallet vanished');
      const l = ledgers[wid]!;
      expect(s.balance).toBeGreaterThanOrEqual(0);
      expect(s.balance).toBe(l.credits - l.debits - l.captures - l.out + l.in);
      expect(availableBalance(s, at)).toBeGreaterThanOrEqual(0);
    }
  }
  return seen;
};

describe('wallet invariants over pseudo-random command sequences', () => {
  it.each([1, 42, 2026, 0xdeadbeef])('seed %i: balance never negative and equals the sum of accepted movements', (seed) => {
    const seen = run(seed, 3_000);
    // Guard against a vacuous run: the sequence must exercise acceptances and the main rejections.
    for (const expected of [
      'WalletCredited', 'WalletDebited', 'WalletHoldPlaced', 'WalletHoldCaptured', 'WalletHoldVoided', 'WalletHoldExpired',
      'WalletTransferSent', 'WalletTransferReceived', 'WalletSuspended', 'WalletReactivated',
      'INSUFFICIENT_FUNDS', 'INVALID_AMOUNT', 'DAILY_LIMIT_EXCEEDED', 'MONTHLY_LIMIT_EXCEEDED', 'WALLET_NOT_ACTIVE',
      'HOLD_NOT_FOUND', 'HOLD_EXPIRED', 'HOLD_NOT_EXPIRED', 'CAPTURE_EXCEEDS_HOLD',
    ]) {
      expect(seen, `never saw ${expected}`).toContain(expected);
    }
  });
});
