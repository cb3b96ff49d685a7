/**
 * A prescription claim is identified by (card, pharmacy, prescription): the same prescription id at two
 * pharmacies are two claims, so a pharmacy never learns which ids another pharmacy used. Within a card's state
 * the key is this pair; JSON keeps it unambiguous whatever characters the ids contain.
 */
export const prescriptionClaimKey = (pharmacyId: string, prescriptionId: string): string => JSON.stringify([pharmacyId, prescriptionId]);
