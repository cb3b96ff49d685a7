/**
 * `%term%` for ILIKE/LIKE with the term's own `\`, `%` and `_` escaped (Postgres' default escape is `\`), so a
 * staff search for "50%" or "a_b" means those characters, not wildcards. Null for no term.
 */
export const containsPattern = (term: string | null | undefined): string | null => {
  const t = term?.trim();
  return t ? `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
};
