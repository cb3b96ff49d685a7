import { getUser } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';

describe('account.setLocale (the language switch, remembered per user)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await apiHarness();
  });
  afterAll(() => h?.close());

  it('stores the choice on the caller only, and session.me reports it', async () => {
    const pharmacist = await h.as('u-pharmacist');
    expect(await pharmacist.account.setLocale({ locale: 'en' })).toEqual({ locale: 'en' });
    expect((await pharmacist.session.me()).locale).toBe('en');
    expect(await pharmacist.account.setLocale({ locale: 'ar' })).toEqual({ locale: 'ar' });
    expect((await getUser(h.services.pool, 'u-pharmacist'))?.locale).toBe('ar');

    const before = (await getUser(h.services.pool, 'u-admin'))?.locale;
    await (await h.as('u-admin')).account.setLocale({ locale: before === 'ar' ? 'en' : 'ar' });
    expect((await getUser(h.services.pool, 'u-pharmacist'))?.locale).toBe('ar');
  });

  it('refuses a language the portals do not have with a typed validation error', async () => {
    const patient = await h.as('u-ahmed');
    await expect(patient.account.setLocale({ locale: 'fr' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(patient.account.setLocale({ locale: 'ar', extra: 1 } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('needs a signed-in caller', async () => {
    await expect((await h.as(null)).account.setLocale({ locale: 'en' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
