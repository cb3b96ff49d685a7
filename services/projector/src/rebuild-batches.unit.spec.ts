import { readModels } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { independentGroups } from './rebuild-batches';

describe('the rebuild applies independent projection groups side by side', () => {
  const groups = independentGroups(readModels);
  const names = groups.map((g) => g.map((p) => p.name));

  it('places every projection exactly once, each group in registry order', () => {
    expect(names.flat().toSorted()).toEqual(readModels.map((p) => p.name).toSorted());
    const order = readModels.map((p) => p.name);
    for (const g of names) expect(g).toEqual(order.filter((n) => g.includes(n)));
  });

  it('keeps what reads another projection\'s rows in one transaction with it (settlements read wallet holds)', () => {
    const settlements = names.find((g) => g.includes('settlement_lines'));
    expect(settlements).toEqual(expect.arrayContaining(['wallet_holds', 'settlement_statements', 'settlement_lines']));
    expect(names.find((g) => g.includes('ledger_entries'))).toEqual(['ledger_entries']);
  });
});
