import { messageParity, type MessageTree } from '@healthpay/ui/message-parity';
import { describe, expect, it } from 'vitest';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';

describe('patient portal messages', () => {
  it('Arabic and English have the same keys and arguments, and the Arabic is Arabic', () => {
    expect(messageParity(ar as MessageTree, en as MessageTree, ['common.otherLanguage', 'common.switchLanguage'])).toEqual({
      missing: [], placeholders: [], untranslated: [],
    });
  });
});
