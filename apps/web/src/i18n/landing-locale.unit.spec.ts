import { describe, expect, it } from 'vitest';
import { landingLocale } from './landing-locale';

const stored = (locale: string | null) => async () => locale;
const never = async (): Promise<string> => {
  throw new Error('the stored language is not looked up when the browser has chosen');
};

describe('landingLocale (where patient sign-in lands)', () => {
  it('follows the account’s stored language when this browser has not chosen one', async () => {
    expect(await landingLocale('ar', undefined, stored('en'))).toBe('en');
    expect(await landingLocale('en', undefined, stored('ar'))).toBe('ar');
  });
  it('keeps this browser’s choice over the stored language', async () => {
    expect(await landingLocale('ar', 'ar', never)).toBe('ar');
    expect(await landingLocale('ar', 'en', never)).toBe('en');
  });
  it('ignores a cookie that is not a language', async () => {
    expect(await landingLocale('ar', 'fr', stored('en'))).toBe('en');
  });
  it('stays on the page’s language when nothing is stored (or nobody is signed in)', async () => {
    expect(await landingLocale('en', undefined, stored(null))).toBe('en');
    expect(await landingLocale('en', undefined, stored('de'))).toBe('en');
    expect(await landingLocale('xx', undefined, stored(null))).toBe('ar');
  });
});
