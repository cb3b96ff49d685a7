import { describe, expect, it } from 'vitest';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → message, for every leaf. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, m] of leaves(v, path)) out.set(p, m);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('patient portal messages', () => {
  const arabic = leaves(ar as Tree);
  const english = leaves(en as Tree);

  it('Arabic and English have the same keys', () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('each Arabic message uses the same placeholders as its English one', () => {
    for (const [key, message] of english) expect(placeholders(arabic.get(key) ?? ''), key).toEqual(placeholders(message));
  });

  it('Arabic messages are in Arabic', () => {
    const untranslated = [...arabic].filter(([key, m]) => !/[\u0600-\u06FF]/.test(m) && !['common.otherLanguage', 'common.switchLanguage'].includes(key));
    expect(untranslated).toEqual([]);
  });
});
