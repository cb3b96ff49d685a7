/**
 * Egyptian keyboards and OCR often produce Arabic-Indic digits (٠١٢٣…) or their Persian forms (۰۱۲…):
 * both identity numbers and phone numbers accept them. Both blocks put 0–9 at code points ending in 0–9.
 */
export const toAsciiDigits = (value: string): string =>
  value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) % 16));

/**
 * Digits as above, plus the Arabic decimal separator (٫) as '.' and the Arabic thousands separator (٬) as ',':
 * what an amount typed on an Arabic keyboard needs before it is parsed.
 */
export const toAsciiNumerals = (value: string): string => toAsciiDigits(value).replace(/\u066B/g, '.').replace(/\u066C/g, ',');
