import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../messages/namespaces';

type Tree = { [key: string]: string | Tree };
const dir = join(import.meta.dirname, '../../messages');
const load = (locale: string, ns: string) => JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), 'utf8')) as Tree;

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, m] of leaves(v, path)) out.set(p, m);
  }
  return out;
}
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe.each(namespaces)('messages: %s', (ns) => {
  const arabic = leaves(load('ar', ns));
  const english = leaves(load('en', ns));

  it('Arabic and English have the same keys', () => {
    expect([...arabic.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('each Arabic message uses the same placeholders as its English one', () => {
    for (const [key, message] of english) expect(placeholders(arabic.get(key) ?? ''), key).toEqual(placeholders(message));
  });

  it('Arabic messages are in Arabic', () => {
    const untranslated = [...arabic].filter(([, m]) => !/[\u0600-\u06FF]/.test(m));
    expect(untranslated).toEqual([]);
  });
});
