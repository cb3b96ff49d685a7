import { describe, expect, it } from 'vitest';
import { containsPattern } from './like';

describe('containsPattern', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('50%')).toBe('%50\\%%');
    expect(containsPattern('a_b')).toBe('%a\\_b%');
    expect(containsPattern('c:\\x')).toBe('%c:\\\\x%');
    expect(containsPattern(' أحمد ')).toBe('%أحمد%');
  });
  it('no term, no pattern', () => {
    expect(containsPattern('  ')).toBeNull();
    expect(containsPattern(undefined)).toBeNull();
  });
});
