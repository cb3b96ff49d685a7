import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTAL_LOCALE } from '../i18n/portal-locale';
import { chooseLocale } from './choose-locale';

const never = () => Promise.reject(new Error('the user was looked up although the cookie decides'));

describe('chooseLocale', () => {
  it('follows this browser’s cookie without looking the user up', async () => {
    expect(await chooseLocale('ar', never)).toBe('ar');
    expect(await chooseLocale('en', never)).toBe('en');
  });

  it('without a cookie, uses the signed-in user’s remembered language', async () => {
    expect(await chooseLocale(undefined, async () => 'ar')).toBe('ar');
    expect(await chooseLocale(undefined, async () => 'en')).toBe('en');
  });

  it('ignores a cookie that is not a portal language and falls back to the user’s', async () => {
    expect(await chooseLocale('fr', async () => 'ar')).toBe('ar');
    expect(await chooseLocale('', async () => 'en')).toBe('en');
  });

  it('anonymous visitors and unknown stored values get the portal default', async () => {
    expect(await chooseLocale(undefined, async () => null)).toBe(DEFAULT_PORTAL_LOCALE);
    expect(await chooseLocale(undefined, async () => 'de')).toBe(DEFAULT_PORTAL_LOCALE);
  });
});
