import { describe, expect, it } from 'vitest';
import { INVITATION_TTL_MS, TOKEN_PATTERN, invitationLink, invitationStatus, invitationTokenHash, invitedAs, newInvitationToken } from './invitation-rules';

const T0 = new Date('2026-12-06T10:00:00Z');
const pending = { expiresAt: new Date(T0.getTime() + INVITATION_TTL_MS), acceptedAt: null, revokedAt: null };

describe('invitation rules', () => {
  it('is pending for 72 hours, then expired at that very instant', () => {
    expect(INVITATION_TTL_MS).toBe(72 * 3_600_000);
    expect(invitationStatus(pending, T0)).toBe('pending');
    expect(invitationStatus(pending, new Date(pending.expiresAt.getTime() - 1))).toBe('pending');
    expect(invitationStatus(pending, pending.expiresAt)).toBe('expired');
  });

  it('treats accepted and revoked as final, whatever the clock says', () => {
    expect(invitationStatus({ ...pending, acceptedAt: T0 }, new Date(T0.getTime() + 10 * INVITATION_TTL_MS))).toBe('accepted');
    expect(invitationStatus({ ...pending, revokedAt: T0 }, T0)).toBe('revoked');
  });

  it('makes 32-byte tokens of which only the SHA-256 is kept', () => {
    const a = newInvitationToken();
    const b = newInvitationToken();
    expect(a.token).toMatch(TOKEN_PATTERN);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(invitationTokenHash(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
  });

  it('links staff to the staff portal and pharmacists to the pharmacy portal', () => {
    const urls = { admin: 'https://admin.healthpay.eg', merchant: 'https://pharmacy.healthpay.eg' };
    expect(invitationLink(urls, 'finance', 'tok')).toBe('https://admin.healthpay.eg/invite/tok');
    expect(invitationLink(urls, 'pharmacist', 'tok')).toBe('https://pharmacy.healthpay.eg/invite/tok');
  });

  it('names a pharmacist invitee a manager only when invited as one', () => {
    expect(invitedAs('pharmacist', 'manager')).toBe('manager');
    expect(invitedAs('pharmacist', null)).toBe('pharmacist');
    expect(invitedAs('claims_reviewer', null)).toBe('claims_reviewer');
  });
});
