import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { issueApiToken, listApiTokens, resolveApiToken, revokeApiToken } from './api-tokens';

describe('API tokens', () => {
  let h: Harness;
  let now: Date;
  const deps = () => ({ pool: h.services.pool, clock: () => now, newId: h.services.newId });
  const issue = (expiresAt: Date | null = null) =>
    issueApiToken(deps(), { userId: 'u-pharmacist', pharmacyId: 'ph-ezaby-maadi', name: 'POS', expiresAt, createdBy: 'u-admin' });

  beforeAll(async () => {
    h = await apiHarness();
    now = new Date('2026-03-01T00:00:00Z');
  });
  afterAll(() => h?.close());

  it('issues a random token shown once, stored as its SHA-256, acting as the pharmacist of that pharmacy', async () => {
    const { token, view } = await issue();
    expect(token).toMatch(/^hp_[A-Za-z0-9_-]{43}$/);
    const stored = await h.services.pool.query('SELECT * FROM api_tokens WHERE id = $1', [view.id]);
    expect(JSON.stringify(stored.rows)).not.toContain(token);
    expect(await resolveApiToken(deps(), token)).toEqual({ tokenId: view.id, userId: 'u-pharmacist', role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi' });
    expect((await listApiTokens(h.services.pool, { pharmacyId: 'ph-ezaby-maadi' })).find((t) => t.id === view.id)?.lastUsedAt).toEqual(now);
  });

  it('refuses unknown, revoked and expired tokens', async () => {
    expect(await resolveApiToken(deps(), 'hp_unknown')).toBeNull();
    expect(await resolveApiToken(deps(), 'dev-u-admin')).toBeNull();
    const revoked = await issue();
    expect(await revokeApiToken(deps(), revoked.view.id)).toMatchObject({ revokedAt: now });
    expect(await resolveApiToken(deps(), revoked.token)).toBeNull();
    const expiring = await issue(new Date(now.getTime() + 60_000));
    expect(await resolveApiToken(deps(), expiring.token)).not.toBeNull();
    now = new Date(now.getTime() + 60_000);
    expect(await resolveApiToken(deps(), expiring.token)).toBeNull();
  });

  it('is only issued for a pharmacist of the pharmacy it is scoped to', async () => {
    const bad = (userId: string) => issueApiToken(deps(), { userId, pharmacyId: 'ph-ezaby-maadi', name: 'x', expiresAt: null, createdBy: 'u-admin' });
    await expect(bad('u-admin')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(bad('u-ahmed')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
