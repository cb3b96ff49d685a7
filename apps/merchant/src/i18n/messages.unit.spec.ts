import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messageParity, type MessageTree } from '@healthpay/ui/message-parity';
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../messages/namespaces';

const dir = join(import.meta.dirname, '../../messages');
const load = (locale: string, ns: string) => JSON.parse(readFileSync(join(dir, locale, `${ns}.json`), 'utf8')) as MessageTree;

describe.each(namespaces)('messages: %s', (ns) => {
  it('Arabic and English have the same keys and arguments, and the Arabic is Arabic', () => {
    expect(messageParity(load('ar', ns), load('en', ns))).toEqual({ missing: [], placeholders: [], untranslated: [] });
  });
});
