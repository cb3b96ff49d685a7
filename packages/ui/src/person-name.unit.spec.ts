import { describe, expect, it } from 'vitest';
import { personName } from './person-name';

describe('personName', () => {
  const both = { name: 'Ahmed Hassan', nameAr: 'أحمد حسن' };

  it('shows the Arabic name on /ar and the Latin one on /en', () => {
    expect(personName(both, 'ar')).toBe('أحمد حسن');
    expect(personName(both, 'en')).toBe('Ahmed Hassan');
  });

  it('falls back to the other script when one is unknown', () => {
    expect(personName({ name: 'Omar Khaled', nameAr: null }, 'ar')).toBe('Omar Khaled');
    expect(personName({ name: 'منى علي', nameAr: null }, 'en')).toBe('منى علي');
    expect(personName({ name: 'منى علي' }, 'ar')).toBe('منى علي');
  });

  it('gives null for nobody', () => {
    expect(personName({ name: null, nameAr: null }, 'ar')).toBeNull();
  });
});
