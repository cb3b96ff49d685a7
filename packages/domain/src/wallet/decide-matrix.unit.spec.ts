import { describe, expect, it } from 'vitest';
import type { DomainErrorCode } from '../shared/errors';
import { domainErrorOf, stateFrom } from '../testing/given';
import * as cmd from '../testing/wallet-commands';
import * as ev from '../testing/wallet-events';
import type { WalletCommand, WalletCommandType } from './commands';
import { decideWallet } from './decide';
import type { WalletEvent, WalletEventType } from './events';
import type { WalletStatus } from './types';

/**
 * Every command in every state. Accepted outcomes name the single event produced; rejections name
 * the error code. The Record types make the compiler insist on a complete table.
 */
const LATER = '2026-11-22T20:00:00.000Z'; // after hold h1 expired, same Cairo day

const histories: Record<WalletStatus, WalletEvent[]> = {
  none: [],
  pending: [ev.opened()],
  active: [ev.opened(), ev.activated(), ev.credited(10_000, 10_000), ev.holdPlaced('h1', 4_000)],
  suspended: [ev.opened(), ev.activated(), ev.credited(10_000, 10_000), ev.holdPlaced('h1', 4_000), ev.suspended()],
  closed: [ev.opened(), ev.closed()],
};

const commands: Record<WalletCommandType, WalletCommand> = {
  OpenWallet: cmd.openWallet(),
  ActivateWallet: cmd.activateWallet(),
  SuspendWallet: cmd.suspendWallet(),
  ReactivateWallet: cmd.reactivateWallet(),
  CloseWallet: cmd.closeWallet(),
  CreditWallet: cmd.creditWallet(100),
  DebitWallet: cmd.debitWallet(100),
  PlaceHold: cmd.placeHold('h2', 100, LATER),
  CaptureHold: cmd.captureHold('h1', 100),
  VoidHold: cmd.voidHold('h1'),
  ExpireHold: cmd.expireHold('h1', LATER),
  ChangeWalletLimits: cmd.changeWalletLimits(100, 1_000),
};

type Outcome = WalletEventType | DomainErrorCode;
const NF = 'WALLET_NOT_FOUND';
const NA = 'WALLET_NOT_ACTIVE';
const IST = 'INVALID_STATE_TRANSITION';
const CL = 'WALLET_CLOSED';

//                         none            pending               active                 suspended             closed
const matrix: Record<WalletCommandType, [Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  OpenWallet:         ['WalletOpened', 'WALLET_ALREADY_EXISTS', 'WALLET_ALREADY_EXISTS', 'WALLET_ALREADY_EXISTS', CL],
  ActivateWallet:     [NF, 'WalletActivated', IST, IST, CL],
  SuspendWallet:      [NF, IST, 'WalletSuspended', IST, CL],
  ReactivateWallet:   [NF, IST, IST, 'WalletReactivated', CL],
  CloseWallet:        [NF, 'WalletClosed', 'WALLET_HAS_FUNDS', 'WALLET_HAS_FUNDS', CL],
  CreditWallet:       [NF, NA, 'WalletCredited', NA, CL],
  DebitWallet:        [NF, NA, 'WalletDebited', NA, CL],
  PlaceHold:          [NF, NA, 'WalletHoldPlaced', NA, CL],
  CaptureHold:        [NF, NA, 'WalletHoldCaptured', NA, CL],
  VoidHold:           [NF, NA, 'WalletHoldVoided', 'WalletHoldVoided', CL],
  ExpireHold:         [NF, 'HOLD_NOT_FOUND', 'WalletHoldExpired', 'WalletHoldExpired', CL],
  ChangeWalletLimits: [NF, 'WalletLimitsChanged', 'WalletLimitsChanged', 'WalletLimitsChanged', CL],
};

const statuses: WalletStatus[] = ['none', 'pending', 'active', 'suspended', 'closed'];
const isEventType = (o: Outcome): o is WalletEventType => o.startsWith('Wallet') && !o.startsWith('WALLET');

describe('decideWallet: every command in every state', () => {
  statuses.forEach((status, column) => {
    describe(`when ${status}`, () => {
      const state = stateFrom(histories[status]);
      it(`the history really yields a ${status} wallet`, () => expect(state.status).toBe(status));

      for (const [type, command] of Object.entries(commands) as [WalletCommandType, WalletCommand][]) {
        const expected = matrix[type][column];
        if (expected === undefined) throw new Error(`matrix row ${type} is incomplete`);
        if (isEventType(expected)) {
          it(`${type} → ${expected}`, () => {
            const events = decideWallet(command, state);
            expect(events.map((e) => e.type)).toEqual([expected]);
            expect(events[0]?.data).toMatchObject({ walletId: 'wallet-1', at: command.meta.now });
          });
        } else {
          it(`${type} → ${expected}`, () => expect(domainErrorOf(() => decideWallet(command, state)).code).toBe(expected));
        }
      }
    });
  });
});
