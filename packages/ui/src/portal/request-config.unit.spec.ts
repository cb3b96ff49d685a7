import { describe, expect, it } from 'vitest';
import { portalRequestConfig } from './request-config';

const load = async (locale: string, ns: string) => ({ default: { file: `${locale}/${ns}.json` } });

describe('portalRequestConfig', () => {
  it("loads every namespace in the cookie's language, in Cairo time", async () => {
    const config = await portalRequestConfig('ar', async () => 'en', ['common', 'shell'], load);
    expect(config).toEqual({
      locale: 'ar',
      timeZone: 'Africa/Cairo',
      messages: { common: { file: 'ar/common.json' }, shell: { file: 'ar/shell.json' } },
    });
  });

  it("without a cookie, the signed-in user's remembered language decides", async () => {
    expect((await portalRequestConfig(undefined, async () => 'ar', ['common'], load)).locale).toBe('ar');
  });
});
