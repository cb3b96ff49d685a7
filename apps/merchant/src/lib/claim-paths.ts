/** Where one claim lives in the portal (card numbers and prescription ids are encoded: an id may hold a slash). */
type ClaimKey = { cardId: string; prescriptionId: string };

const segments = ({ cardId, prescriptionId }: ClaimKey) => `${encodeURIComponent(cardId)}/${encodeURIComponent(prescriptionId)}`;

export const claimPath = (c: ClaimKey): string => `/claims/${segments(c)}`;

/** The printable patient receipt (outside the portal frame: nothing but the receipt prints). */
export const receiptPath = (c: ClaimKey): string => `/receipt/${segments(c)}`;
