/**
 * MedCard numbers: `HP-` and 10 digits, the last a Luhn check digit (as on payment cards: catches any
 * single mistyped digit and most swaps of neighbours at a pharmacy counter). The number is the card's id
 * and its event stream's id, so the event store's (stream, version) uniqueness keeps numbers unique.
 */
export const CARD_NUMBER = /^HP-\d{10}$/;

const luhnDigit = (payload: string): number => {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    // Doubling starts from the rightmost payload digit (the check digit will sit to its right).
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};

/** The card number for 9 payload digits. */
export function cardNumberOf(payload: string): string {
  if (!/^\d{9}$/.test(payload)) throw new RangeError('a card number payload is 9 digits');
  return `HP-${payload}${luhnDigit(payload)}`;
}

/** True for `HP-` + 10 digits whose check digit is right. */
export function isCardNumber(value: string): boolean {
  if (!CARD_NUMBER.test(value)) return false;
  const digits = value.slice(3);
  return luhnDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** A card number from a random UUID (122 random bits → 9 decimal digits, uniform enough). */
export const cardNumberFromUuid = (uuid: string): string =>
  cardNumberOf((BigInt(`0x${uuid.replace(/-/g, '')}`) % 1_000_000_000n).toString().padStart(9, '0'));

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * What people type or read aloud: `hp 1234-5678 90`, `1234567890`, Arabic-Indic digits. Returns the
 * canonical `HP-##########`, or null when it is not 10 digits (the check digit is tested separately).
 */
export function normalizeCardNumber(input: string): string | null {
  const ascii = input.replace(ARABIC_INDIC, (c) => String((c.codePointAt(0) ?? 0) & 0xf));
  const compact = ascii.toUpperCase().replace(/[\s\-._]/g, '').replace(/^HP/, '');
  return /^\d{10}$/.test(compact) ? `HP-${compact}` : null;
}
