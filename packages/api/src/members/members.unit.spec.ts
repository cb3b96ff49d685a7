import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { memberRow } from '../routers/members/member.schemas';
import { derivedUuid } from './derived-id';
import { organizationOf } from './organization-scope';

const actor = (role: Actor['role'], organizationId?: string): Actor => ({ userId: organizationId ? `org:${organizationId}` : `u-${role}`, role, pharmacyId: null, ...(organizationId && { organizationId }) });
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return 'ok';
};

describe('which organization a caller enrolls into', () => {
  it('an organization token: its own, and naming another is FORBIDDEN', () => {
    expect(organizationOf(actor('organization', 'acme'), undefined)).toBe('acme');
    expect(organizationOf(actor('organization', 'acme'), 'acme')).toBe('acme');
    expect(codeOf(() => organizationOf(actor('organization', 'acme'), 'nile'))).toBe('FORBIDDEN');
    expect(codeOf(() => organizationOf(actor('organization'), undefined))).toBe('FORBIDDEN');
  });

  it('staff: HealthPay’s own; only a superadmin names another', () => {
    expect(organizationOf(actor('support'), undefined)).toBe('healthpay');
    expect(organizationOf(actor('support'), 'healthpay')).toBe('healthpay');
    expect(codeOf(() => organizationOf(actor('support'), 'acme'))).toBe('FORBIDDEN');
    expect(organizationOf(actor('superadmin'), 'acme')).toBe('acme');
  });
});

describe('derived ids (what makes a re-run find the card it issued)', () => {
  it('are UUID-shaped, stable for a name and different across names', () => {
    const a = derivedUuid('member-card:acme:EMP-1');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid('member-card:acme:EMP-1')).toBe(a);
    expect(derivedUuid('member-card:nile:EMP-1')).not.toBe(a);
  });
});

describe('a member row', () => {
  const row = { externalId: 'EMP-1', nationalId: '29001010101235', phone: '01012345678', nameEn: 'Sara Mahmoud' };
  it('takes the organization’s id, national ID, mobile and names; card and family optional', () => {
    expect(memberRow.safeParse(row).success).toBe(true);
    expect(memberRow.safeParse({ ...row, nameAr: 'سارة محمود', card: { tier: 'gold', monthlyLimit: 500_000 }, family: [{ relationship: 'child', nationalId: '31802150100015', name: 'Omar' }] }).success).toBe(true);
  });
  it('refuses unknown fields, a self on the family, slashes in externalId and amounts that are not piasters', () => {
    for (const bad of [{ extra: 1 }, { externalId: 'a/b' }, { externalId: '' }, { card: { tier: 'gold', monthlyLimit: 10.5 } }, { family: [{ relationship: 'self', nationalId: '1', name: 'x' }] }, { nameEn: 'سارة محمود' }]) {
      expect(memberRow.safeParse({ ...row, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
