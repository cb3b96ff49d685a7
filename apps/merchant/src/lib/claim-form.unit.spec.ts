import { describe, expect, it } from 'vitest';
import { buildClaim, cardDigits, draftTotal, lineFieldOfServerError, lineTotal, parseWholeNumber, type DraftLine } from './claim-form';

const line = (over: Partial<DraftLine> = {}): DraftLine => ({
  key: 'k', drugCode: 'EG-PAN500', drugName: 'Panadol 500 mg', quantity: '2', unitPrice: '12.35', daysSupply: '', ...over,
});

describe('drug lines', () => {
  it('computes line totals in piasters with string money parsing', () => {
    expect(lineTotal(line())).toBe(2_470);
    expect(lineTotal(line({ quantity: '٣', unitPrice: '١٠٫٥' }))).toBe(3_150);
    expect(lineTotal(line({ quantity: '0' }))).toBeNull();
    expect(lineTotal(line({ unitPrice: '1.234' }))).toBeNull();
    expect(draftTotal([line(), line({ quantity: 'x' }), line({ quantity: '1', unitPrice: '0.10' })])).toBe(2_480);
  });

  it('accepts whole numbers only', () => {
    expect(parseWholeNumber(' 30 ', 1, 365)).toBe(30);
    expect(parseWholeNumber('2.5', 1, 10)).toBeNull();
    expect(parseWholeNumber('366', 1, 365)).toBeNull();
  });
});

describe('buildClaim', () => {
  it('builds the API input with totals and optional days supply', () => {
    const r = buildClaim({ cardId: 'HP-1000000255', beneficiaryId: 'b1', prescriptionId: ' RX-1 ', lines: [line(), line({ drugCode: 'EG-X', daysSupply: '10', quantity: '1', unitPrice: '100' })] });
    expect(r).toEqual({
      ok: true,
      input: {
        cardId: 'HP-1000000255', beneficiaryId: 'b1', prescriptionId: 'RX-1', submittedTotal: 12_470,
        lines: [
          { drugCode: 'EG-PAN500', drugName: 'Panadol 500 mg', quantity: 2, unitPrice: 1_235, totalPrice: 2_470 },
          { drugCode: 'EG-X', drugName: 'Panadol 500 mg', quantity: 1, unitPrice: 10_000, totalPrice: 10_000, daysSupply: 10 },
        ],
      },
    });
  });

  it('says what to fix, per field and line', () => {
    const r = buildClaim({ cardId: 'HP-1000000255', beneficiaryId: '', prescriptionId: '', lines: [line(), line({ drugName: ' ', unitPrice: '0', daysSupply: '400' })] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Message keys, said in the page's language by the form.
    expect(r.errors.beneficiary).toEqual({ key: 'beneficiary' });
    expect(r.errors.prescriptionId).toEqual({ key: 'prescriptionId' });
    expect(r.errors.lines[1]?.daysSupply).toEqual({ key: 'daysSupply', values: { max: 365 } });
    expect(r.errors.lines[0]).toEqual({});
    expect(Object.keys(r.errors.lines[1] ?? {}).sort()).toEqual(['daysSupply', 'drugCode', 'drugName', 'unitPrice']);
  });
});

it('reads card numbers as typed', () => {
  expect(cardDigits('hp-1000 0002 55')).toBe('1000000255');
  expect(cardDigits('١٠٠٠٠٠٠٢٥٥')).toBe('1000000255');
  expect(cardDigits('12345')).toBeNull();
});

it('maps server line errors to a field', () => {
  expect(lineFieldOfServerError({ index: 1, reason: 'TOTAL_PRICE' }, [])).toEqual({ index: 1, field: 'unitPrice' });
  expect(lineFieldOfServerError({}, ['lines.2.quantity'])).toEqual({ index: 2, field: 'quantity' });
  expect(lineFieldOfServerError({}, ['prescriptionId'])).toBeNull();
});
