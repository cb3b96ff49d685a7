import { expect, it } from 'vitest';
import { summariseByDay } from './daily-summary';

it('adds claims up per Cairo day; rejections count but owe nothing', () => {
  const { days, total } = summariseByDay([
    { status: 'approved', decidedAt: '2026-11-20T22:30:00.000Z', submitted: 10_000, copay: 3_000, benefit: 7_000, copayPaidFrom: 'cash' }, // 21 Nov in Cairo
    { status: 'rejected', decidedAt: '2026-11-21T08:00:00.000Z', submitted: 5_000, copay: 0, benefit: 0, copayPaidFrom: 'cash' },
    { status: 'partial', decidedAt: '2026-11-20T10:00:00.000Z', submitted: 20_000, copay: 15_000, benefit: 5_000, copayPaidFrom: 'cash' },
  ]);
  expect(days.map((d) => [d.day, d.claims, d.benefit])).toEqual([
    ['2026-11-21', 2, 7_000],
    ['2026-11-20', 1, 5_000],
  ]);
  expect(days[0]).toMatchObject({ approved: 1, rejected: 1, partial: 0, dispensed: 10_000, copay: 3_000 });
  expect(total).toMatchObject({ claims: 3, approved: 1, partial: 1, rejected: 1, dispensed: 30_000, copay: 18_000, benefit: 12_000 });
});

it('keeps copays taken from wallets apart from cash paid at the counter', () => {
  const { days, total } = summariseByDay([
    { status: 'approved', decidedAt: '2026-11-21T08:00:00.000Z', submitted: 3_500, copay: 700, benefit: 2_800, copayPaidFrom: 'wallet' },
    { status: 'partial', decidedAt: '2026-11-21T09:00:00.000Z', submitted: 20_000, copay: 15_000, benefit: 5_000, copayPaidFrom: 'cash' },
    { status: 'approved', decidedAt: '2026-11-20T09:00:00.000Z', submitted: 1_000, copay: 300, benefit: 700, copayPaidFrom: 'wallet' },
  ]);
  expect(days.map((d) => [d.day, d.walletCopay, d.cashCopay, d.copay])).toEqual([
    ['2026-11-21', 700, 15_000, 15_700],
    ['2026-11-20', 300, 0, 300],
  ]);
  expect(total).toMatchObject({ copay: 16_000, walletCopay: 1_000, cashCopay: 15_000 });
});

it('a claim in a state that pays nothing (reversed) counts as a claim but owes nothing', () => {
  const { total } = summariseByDay([
    { status: 'approved', decidedAt: '2026-11-21T08:00:00.000Z', submitted: 3_500, copay: 700, benefit: 2_800, copayPaidFrom: 'wallet' },
    { status: 'reversed', decidedAt: '2026-11-21T09:00:00.000Z', submitted: 1_000, copay: 300, benefit: 700, copayPaidFrom: 'wallet' },
  ]);
  expect(total).toMatchObject({ claims: 2, approved: 1, dispensed: 3_500, copay: 700, walletCopay: 700, benefit: 2_800 });
});
