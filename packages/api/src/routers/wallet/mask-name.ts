/**
 * A name as a payer sees it before confirming a transfer: the first word, then each other word's first letter
 * and a dot ("Mona Ali Hassan" → "Mona A. H.", "منى علي" → "منى ع."). Enough to recognise someone you know,
 * not enough to learn a stranger's full name.
 */
export function maskName(name: string): string {
  const [first = '', ...rest] = name.trim().split(/\s+/u).filter(Boolean);
  return [first, ...rest.map((w) => `${[...w][0] ?? ''}.`)].join(' ');
}
