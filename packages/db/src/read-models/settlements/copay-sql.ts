/**
 * The wallet copay of a claim line `l`, as the captured amount of its copay hold(s). The capture is a wallet event
 * without the claim's identity, so it is joined by the hold's reference here (new form
 * `copay:<cardId>:<pharmacyId>:<prescriptionId>`, older `copay:<cardId>:<prescriptionId>` with the hold's pharmacy)
 * rather than projected; closing a statement freezes the value into the line.
 */
export const CAPTURED_COPAY = `COALESCE((SELECT SUM(h.captured) FROM wallet_holds h WHERE h.status = 'captured' AND (
    h.reference = 'copay:' || l.card_id || ':' || l.pharmacy_id || ':' || l.prescription_id
    OR (h.reference = 'copay:' || l.card_id || ':' || l.prescription_id AND (h.pharmacy_id IS NULL OR h.pharmacy_id = l.pharmacy_id)))), 0)`;

/** A line's wallet copay: frozen, or (open statement, claim line) what its hold captured. */
export const LINE_WALLET_COPAY = `(CASE WHEN l.frozen OR l.kind <> 'claim' THEN l.wallet_copay ELSE ${CAPTURED_COPAY} END)`;
