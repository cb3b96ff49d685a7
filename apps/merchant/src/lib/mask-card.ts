/**
 * A card number for paper: the patient's receipt leaves the pharmacy, so only the last four digits show
 * ("HP-1000000255" → "HP-••••••0255"), enough for the patient to recognise their card.
 */
export function maskCardNumber(cardNumber: string): string {
  const m = /^(HP-)(\d+)(\d{4})$/.exec(cardNumber);
  if (!m) return '••••';
  return `${m[1]}${'•'.repeat(m[2]?.length ?? 0)}${m[3]}`;
}
