import { describe, expect, it } from 'vitest';
import { checkedReason } from './reason';
import { filtersFrom, searchQueryString } from './search-params';

const choices = { status: ['active', 'closed'], tier: ['gold', 'silver'] } as const;

describe('filtersFrom', () => {
  it('keeps the allowed values of the URL and drops the rest', () => {
    expect(filtersFrom(choices, new URLSearchParams('status=closed&tier=bronze&q=x'))).toEqual({ status: 'closed' });
    expect(filtersFrom(choices, new URLSearchParams(''))).toEqual({});
  });
});

describe('searchQueryString', () => {
  it('writes the trimmed query and the chosen filters, leaving empty ones out', () => {
    expect(searchQueryString('  Omar ', { status: 'active', tier: undefined })).toBe('?q=Omar&status=active');
    expect(searchQueryString('أحمد', {})).toBe(`?q=${encodeURIComponent('أحمد')}`);
  });

  it('is empty when there is nothing to remember', () => {
    expect(searchQueryString('   ', { status: undefined })).toBe('');
  });

  it('round-trips through filtersFrom', () => {
    const qs = searchQueryString('x', { status: 'active', tier: 'gold' });
    expect(filtersFrom(choices, new URLSearchParams(qs))).toEqual({ status: 'active', tier: 'gold' });
  });
});

describe('checkedReason', () => {
  it('trims the reason and refuses one shorter than three characters', () => {
    expect(checkedReason('  lost card  ')).toBe('lost card');
    expect(checkedReason(' ab ')).toBeNull();
    expect(checkedReason('abc')).toBe('abc');
    expect(checkedReason('abcd', 5)).toBeNull();
  });
});
