import { DomainError } from '../shared/errors';
import { isPositiveMoney } from '../shared/money';
import type { PrescriptionClaim, PrescriptionClaimInput, PrescriptionLine, PrescriptionLineInput } from './claim';
import { isBlank } from './guards';

/** A month's supply unless the prescriber says otherwise. */
export const DEFAULT_DAYS_SUPPLY = 30;
/** Longest supply one claim may dispense; beyond it a refill check would lock the drug for over a year. */
export const MAX_DAYS_SUPPLY = 365;

export type InvalidLineReason = 'DRUG' | 'QUANTITY' | 'UNIT_PRICE' | 'TOTAL_PRICE' | 'DAYS_SUPPLY' | 'DUPLICATE_DRUG_CODE';

const invalidLine = (index: number, reason: InvalidLineReason): never => {
  throw new DomainError('INVALID_LINE', `Line ${index} is invalid (${reason})`, { index, reason });
};

const positiveInteger = (n: number, max = Number.MAX_SAFE_INTEGER): boolean => Number.isSafeInteger(n) && n > 0 && n <= max;

const normalizeLine = (line: PrescriptionLineInput, index: number, seen: Set<string>): PrescriptionLine => {
  const daysSupply = line.daysSupply ?? DEFAULT_DAYS_SUPPLY;
  if (isBlank(line.drugCode) || isBlank(line.drugName)) return invalidLine(index, 'DRUG');
  // One line per drug: the refill check and the override are per drug code, so two lines would be ambiguous.
  if (seen.has(line.drugCode)) return invalidLine(index, 'DUPLICATE_DRUG_CODE');
  seen.add(line.drugCode);
  if (!positiveInteger(line.quantity)) return invalidLine(index, 'QUANTITY');
  if (!isPositiveMoney(line.unitPrice)) return invalidLine(index, 'UNIT_PRICE');
  // Exact integer product: a total beyond the safe range could not be checked, so it is refused too.
  const product = line.quantity * line.unitPrice;
  if (!Number.isSafeInteger(product) || line.totalPrice !== product) return invalidLine(index, 'TOTAL_PRICE');
  if (!positiveInteger(daysSupply, MAX_DAYS_SUPPLY)) return invalidLine(index, 'DAYS_SUPPLY');
  const { drugCode, drugName, quantity, unitPrice, totalPrice } = line;
  return { drugCode, drugName, quantity, unitPrice, totalPrice, daysSupply };
};

/**
 * Malformed claims are thrown (nothing to record: the pharmacy must fix and resend). Returns the claim with
 * defaults applied and only known fields kept, which is the body a repeat is compared with.
 */
export const normalizeClaim = (input: PrescriptionClaimInput): PrescriptionClaim => {
  const { prescriptionId, pharmacyId, beneficiaryId, submittedTotal } = input;
  if (isBlank(prescriptionId) || isBlank(pharmacyId) || isBlank(beneficiaryId)) {
    throw new DomainError('INVALID_CLAIM', 'prescriptionId, pharmacyId and beneficiaryId are required', { reason: 'MISSING_ID' });
  }
  if (!Array.isArray(input.lines) || input.lines.length === 0) {
    throw new DomainError('INVALID_CLAIM', 'A claim needs at least one line', { reason: 'NO_LINES' });
  }
  const seen = new Set<string>();
  const lines = input.lines.map((line, index) => normalizeLine(line, index, seen));
  const sumOfLines = lines.reduce((sum, line) => sum + line.totalPrice, 0);
  if (!Number.isSafeInteger(sumOfLines) || submittedTotal !== sumOfLines) {
    throw new DomainError('INVALID_CLAIM', 'submittedTotal must equal the sum of the lines', {
      reason: 'TOTAL_MISMATCH',
      submittedTotal,
      sumOfLines,
    });
  }
  return { prescriptionId, pharmacyId, beneficiaryId, lines, submittedTotal };
};
