const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/**
 * Arabic-Indic (and Persian) digits to ASCII, and the Arabic decimal separator to '.', so people can
 * type amounts and phone numbers with an Arabic keyboard.
 */
export function toAsciiDigits(input: string): string {
  let out = '';
  for (const ch of input) {
    const a = ARABIC_INDIC.indexOf(ch);
    const p = PERSIAN.indexOf(ch);
    out += a >= 0 ? String(a) : p >= 0 ? String(p) : ch === '٫' ? '.' : ch;
  }
  return out;
}
