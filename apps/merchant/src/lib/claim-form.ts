import type { RouterInputs } from '@healthpay/api';
import { parseAmount, toAsciiDigits, type MoneyParseError } from '@healthpay/ui';

export type SubmitClaimInput = RouterInputs['claims']['submit'];

/** One drug line as typed at the counter (strings until checked). */
export interface DraftLine {
  key: string;
  drugCode: string;
  drugName: string;
  quantity: string;
  unitPrice: string;
  daysSupply: string;
}

export type LineField = 'drugCode' | 'drugName' | 'quantity' | 'unitPrice' | 'daysSupply';
/** What to fix: a `claims.errors` message key with its arguments (said in the page's language), or the server's text. */
export type FieldProblem = { key: string; values?: Record<string, string | number> } | string;
export type LineErrors = Partial<Record<LineField, FieldProblem>>;

export interface DraftErrors {
  beneficiary?: FieldProblem;
  prescriptionId?: FieldProblem;
  lines: LineErrors[];
}

export const MAX_QUANTITY = 100_000;
export const MAX_DAYS_SUPPLY = 365;
export const MAX_LINES = 50;

const moneyErrors: Record<MoneyParseError, FieldProblem> = {
  empty: { key: 'priceEmpty' },
  invalid: { key: 'priceInvalid' },
  too_many_decimals: { key: 'priceDecimals' },
  not_positive: { key: 'priceNotPositive' },
  too_large: { key: 'priceTooLarge' },
};

/** "2", "٢", " 12 " → 2; null unless a whole number from `min` to `max`. */
export function parseWholeNumber(input: string, min: number, max: number): number | null {
  const s = toAsciiDigits(input).trim();
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** quantity × unit price in piasters, or null while either is not valid yet. */
export function lineTotal(line: Pick<DraftLine, 'quantity' | 'unitPrice'>): number | null {
  const quantity = parseWholeNumber(line.quantity, 1, MAX_QUANTITY);
  const price = parseAmount(line.unitPrice);
  if (quantity === null || !price.ok) return null;
  const total = quantity * price.piasters;
  return Number.isSafeInteger(total) ? total : null;
}

/** Sum of the valid line totals (what the prescription costs so far). */
export const draftTotal = (lines: readonly DraftLine[]): number => lines.reduce((sum, l) => sum + (lineTotal(l) ?? 0), 0);

/** "HP-1000 0002 55", "١٠٠٠٠٠٠٢٥٥" → its 10 digits, or null when it is not 10 digits (the API checks the rest). */
export function cardDigits(input: string): string | null {
  const compact = toAsciiDigits(input).toUpperCase().replace(/[\s\-._]/g, '').replace(/^HP/, '');
  return /^\d{10}$/.test(compact) ? compact : null;
}

/**
 * Checks the claim as the counter typed it and builds the API input (piasters, whole numbers), or returns
 * what to fix, per field. The server checks everything again.
 */
export function buildClaim(draft: {
  cardId: string;
  beneficiaryId: string;
  prescriptionId: string;
  lines: readonly DraftLine[];
}): { ok: true; input: SubmitClaimInput } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = { lines: draft.lines.map(() => ({})) };
  let bad = false;
  const fail = (set: () => void) => {
    set();
    bad = true;
  };
  if (!draft.beneficiaryId) fail(() => (errors.beneficiary = { key: 'beneficiary' }));
  const prescriptionId = draft.prescriptionId.trim();
  if (!prescriptionId) fail(() => (errors.prescriptionId = { key: 'prescriptionId' }));
  else if (prescriptionId.length > 100) fail(() => (errors.prescriptionId = { key: 'prescriptionIdLong' }));

  const seen = new Set<string>();
  const lines: SubmitClaimInput['lines'] = [];
  draft.lines.forEach((line, i) => {
    const e = errors.lines[i] ?? {};
    const drugCode = line.drugCode.trim();
    const drugName = line.drugName.trim();
    if (!drugCode) fail(() => (e.drugCode = { key: 'drugCode' }));
    else if (drugCode.length > 50) fail(() => (e.drugCode = { key: 'drugCodeLong' }));
    else if (seen.has(drugCode.toUpperCase())) fail(() => (e.drugCode = { key: 'drugCodeRepeated' }));
    seen.add(drugCode.toUpperCase());
    if (!drugName) fail(() => (e.drugName = { key: 'drugName' }));
    else if (drugName.length > 200) fail(() => (e.drugName = { key: 'drugNameLong' }));
    const quantity = parseWholeNumber(line.quantity, 1, MAX_QUANTITY);
    if (quantity === null) fail(() => (e.quantity = { key: 'quantity', values: { max: MAX_QUANTITY } }));
    const price = parseAmount(line.unitPrice);
    if (!price.ok) fail(() => (e.unitPrice = moneyErrors[price.error]));
    let daysSupply: number | undefined;
    if (line.daysSupply.trim() !== '') {
      const d = parseWholeNumber(line.daysSupply, 1, MAX_DAYS_SUPPLY);
      if (d === null) fail(() => (e.daysSupply = { key: 'daysSupply', values: { max: MAX_DAYS_SUPPLY } }));
      else daysSupply = d;
    }
    if (quantity !== null && price.ok) {
      const totalPrice = quantity * price.piasters;
      if (!Number.isSafeInteger(totalPrice)) fail(() => (e.unitPrice = { key: 'lineTooLarge' }));
      else lines.push({ drugCode, drugName, quantity, unitPrice: price.piasters, totalPrice, ...(daysSupply !== undefined && { daysSupply }) });
    }
  });
  if (bad) return { ok: false, errors };
  const submittedTotal = lines.reduce((s, l) => s + l.totalPrice, 0);
  return { ok: true, input: { cardId: draft.cardId, beneficiaryId: draft.beneficiaryId, prescriptionId, lines, submittedTotal } };
}

/** Server field paths (`lines.0.unitPrice`) and INVALID_LINE details → the line field to mark. */
const invalidLineField: Record<string, LineField> = {
  DRUG: 'drugCode',
  DUPLICATE_DRUG_CODE: 'drugCode',
  QUANTITY: 'quantity',
  UNIT_PRICE: 'unitPrice',
  TOTAL_PRICE: 'unitPrice',
  DAYS_SUPPLY: 'daysSupply',
};

export function lineFieldOfServerError(details: Record<string, unknown>, fieldPaths: string[]): { index: number; field: LineField } | null {
  if (typeof details.index === 'number' && typeof details.reason === 'string') {
    const field = invalidLineField[details.reason];
    if (field) return { index: details.index, field };
  }
  for (const path of fieldPaths) {
    const m = /^lines\.(\d+)\.(drugCode|drugName|quantity|unitPrice|daysSupply|totalPrice)$/.exec(path);
    if (m) return { index: Number(m[1]), field: m[2] === 'totalPrice' ? 'unitPrice' : (m[2] as LineField) };
  }
  return null;
}
