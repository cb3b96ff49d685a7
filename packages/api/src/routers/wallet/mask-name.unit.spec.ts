import { describe, expect, it } from 'vitest';
import { maskName } from './mask-name';

describe('maskName', () => {
  it('keeps the first word and the other words’ initials', () => {
    expect(maskName('Mona Ali Hassan')).toBe('Mona A. H.');
    expect(maskName('  منى   علي ')).toBe('منى ع.');
    expect(maskName('Omar')).toBe('Omar');
  });
});
