/**
 * Cards name their insurer by free text (`InsurancePolicy.provider`, e.g. "Misr Insurance"), and organizations of kind
 * `insurer` are not linked to cards. The ledger and the invoices therefore key an insurer by that text, normalised
 * (case, spacing, punctuation) so "AXA Egypt" and "axa  egypt" are one insurer: `axa-egypt`. Letters of any script stay.
 */
export const insurerKeyOf = (provider: string): string =>
  provider.normalize('NFKC').trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/** One invoice per insurer and Cairo month: the id (and stream id) says which. */
export const insurerInvoiceId = (insurerKey: string, month: string): string => `insurer-invoice:${insurerKey}:${month}`;
