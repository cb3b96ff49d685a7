/** Checks a portal's Arabic messages against its English ones (used by each portal's messages spec). */
export type MessageTree = { [key: string]: string | MessageTree };

/** "a.b.c" → message, for every leaf. */
export function messageLeaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, m] of messageLeaves(v, path)) out.set(p, m);
  }
  return out;
}

/** ICU argument names (`{name}`, `{count, plural, …}`), sorted. */
const placeholders = (message: string) => [...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] ?? '').sort();

export interface ParityProblems {
  /** Keys one locale has and the other lacks. */
  missing: string[];
  /** Keys whose Arabic message names other arguments than the English one. */
  placeholders: string[];
  /** Arabic messages without an Arabic letter (except the keys allowed to be Latin). */
  untranslated: string[];
}

export function messageParity(ar: MessageTree, en: MessageTree, latinAllowed: readonly string[] = []): ParityProblems {
  const arabic = messageLeaves(ar);
  const english = messageLeaves(en);
  const keys = new Set([...arabic.keys(), ...english.keys()]);
  return {
    missing: [...keys].filter((k) => !arabic.has(k) || !english.has(k)).sort(),
    placeholders: [...english].filter(([k, m]) => arabic.has(k) && placeholders(arabic.get(k) ?? '').join() !== placeholders(m).join()).map(([k]) => k),
    untranslated: [...arabic].filter(([k, m]) => !/[\u0600-\u06FF]/.test(m) && !latinAllowed.includes(k)).map(([k]) => k),
  };
}
