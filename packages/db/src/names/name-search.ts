/**
 * SQL for "this person's names match the staff search term", in either script. `key` is a name key
 * (`users.name_search`, or a card holder's `hp_holder_name_key(holder_name)`, indexed by migration 20261207170000); `pattern` is the term through
 * `containsPattern` (LIKE-escaped, `%…%`), `term` the raw term. Two ways to match, both in Postgres
 * (functions of migration 20261206130000, see README.md):
 * - the term, Arabic-normalised like the key (أحمد, احمد and أَحمد alike), as a substring;
 * - the term's Latin consonant skeleton ("ahmed" → "hmd", "أحمد" → "hmd") at the start of a word of the key's
 *   skeleton, when it has at least two letters (one letter would match nearly everyone).
 * Normalising the escaped pattern is safe: it only lowers case and changes Arabic letters, never `\`, `%` or `_`.
 */
export const nameMatchSql = (key: string, pattern: string, term: string): string =>
  `(${key} LIKE hp_arabic_normalize(${pattern})
    OR (length(replace(hp_name_skeleton(${term}), ' ', '')) >= 2 AND ${key} LIKE '% ' || hp_name_skeleton(${term}) || '%'))`;
