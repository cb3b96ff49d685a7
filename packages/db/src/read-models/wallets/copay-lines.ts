/** A wallet line that paid (or refunded) a prescription's copay at a pharmacy. */
export interface CopayLine {
  pharmacyName: string;
  pharmacyNameAr: string;
  prescriptionId: string;
}

interface PharmacyNames {
  pharmacyId: string | null;
  pharmacyName: string | null;
  pharmacyNameAr: string | null;
}

const HOLD_REFERENCE = /^copay:[^:]+:(.+)$/s;
const REFUND_REFERENCE = /^copay-refund:[^:]+:[^:]+:(.+)$/s;

const line = (n: PharmacyNames, prescriptionId: string | undefined): CopayLine | null =>
  prescriptionId !== undefined && n.pharmacyName !== null && n.pharmacyNameAr !== null
    ? { pharmacyName: n.pharmacyName, pharmacyNameAr: n.pharmacyNameAr, prescriptionId }
    : null;

/**
 * The capture of a copay hold: `copay:<cardId>:<pharmacyId>:<prescriptionId>`, or before claims were per pharmacy
 * `copay:<cardId>:<prescriptionId>`. The hold's own pharmacy tells the two apart (an older id that happened to
 * start with "<its pharmacy id>:" would lose that prefix: ids in use do not).
 */
export function copayCaptureOf(holdReference: string | null, n: PharmacyNames): CopayLine | null {
  const rest = holdReference ? HOLD_REFERENCE.exec(holdReference)?.[1] : undefined;
  const prefix = n.pharmacyId ? `${n.pharmacyId}:` : null;
  return line(n, rest !== undefined && prefix && rest.startsWith(prefix) ? rest.slice(prefix.length) : rest);
}

/** A reversed claim's copay credited back: `copay-refund:<cardId>:<pharmacyId>:<prescriptionId>`. */
export const copayRefundOf = (reference: string, n: PharmacyNames): CopayLine | null => line(n, REFUND_REFERENCE.exec(reference)?.[1]);

/** SQL: the pharmacy id inside a refund reference (card numbers and pharmacy ids have no colon). */
export const REFUND_PHARMACY_SQL = (ref: string) => `CASE WHEN ${ref} LIKE 'copay-refund:%' THEN split_part(${ref}, ':', 3) END`;
