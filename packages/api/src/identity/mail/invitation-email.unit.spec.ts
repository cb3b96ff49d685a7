import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation-email';

const base = { to: 'new.person@example.eg', link: 'https://admin.healthpay.eg/invite/abc_DEF-123', expiresAt: new Date('2026-12-09T10:00:00Z') };

describe('the invitation email', () => {
  it('is in Arabic by default wording, right to left, with the link in text and HTML', () => {
    const m = invitationEmail({ ...base, locale: 'ar', as: 'finance' });
    expect(m.subject).toBe('دعوة للانضمام إلى HealthPay');
    expect(m.text).toContain('بصفة المالية');
    expect(m.text).toContain(base.link);
    expect(m.html).toContain('dir="rtl"');
    expect(m.html).toContain(`href="${base.link}"`);
    expect(m.link).toBe(base.link);
    expect(m.to).toBe(base.to);
  });

  it('is in English when the inviter chose English, naming the role and the pharmacy', () => {
    const m = invitationEmail({ ...base, locale: 'en', as: 'manager', pharmacyName: 'Seif Pharmacy – Smouha' });
    expect(m.subject).toBe('Your invitation to HealthPay');
    expect(m.text).toContain('as Pharmacy manager at Seif Pharmacy – Smouha');
    expect(m.text).toMatch(/until 9 December 2026 at 12:00/);
    expect(m.html).toContain('dir="ltr"');
  });

  it('escapes what goes into the HTML', () => {
    const m = invitationEmail({ ...base, locale: 'en', as: 'pharmacist', pharmacyName: '<b>"Evil" & Co</b>' });
    expect(m.html).toContain('&lt;b&gt;&quot;Evil&quot; &amp; Co&lt;/b&gt;');
    expect(m.html).not.toContain('<b>"Evil"');
  });
});
