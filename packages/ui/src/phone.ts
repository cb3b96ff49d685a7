import { toAsciiDigits } from './numerals';

/** Same rule as the API's `egyptianMobile`: +20 1[0125] and 8 digits (also written 01xxxxxxxxx). */
const E164 = /^\+201[0125]\d{8}$/;

/** "0111 234 5678", "+20 111-234-5678", "٠١١١٢٣٤٥٦٧٨" → "+201112345678"; null when not an Egyptian mobile. */
export function normalizeEgyptianMobile(input: string): string | null {
  const v = toAsciiDigits(input).replace(/[\s\-()\u00a0]/g, '');
  const e164 = v.startsWith('0') ? `+20${v.slice(1)}` : v.startsWith('20') ? `+${v}` : v;
  return E164.test(e164) ? e164 : null;
}

/** "+201112345678" → "0111 234 5678", the way Egyptians write their numbers. */
export function formatEgyptianMobile(e164: string): string {
  if (!E164.test(e164)) return e164;
  const n = `0${e164.slice(3)}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}
