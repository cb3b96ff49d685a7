import { afterEach, describe, expect, it, vi } from 'vitest';
import { log, redact } from './log';

describe('redact', () => {
  it.each([
    ['national ID', 'holder 28503140101235 not found', 'holder [national-id] not found'],
    ['pg unique violation detail', 'Key (national_id)=(29206150101357) already exists.', 'Key (national_id)=([redacted]) already exists.'],
    ['API token', 'token hp_Q2hlY2tUaGlzVG9rZW5Jc0xvbmdFbm91Z2g rejected', 'token hp_[redacted] rejected'],
    ['bearer header', 'authorization: Bearer abc.def.ghi', 'authorization: [redacted] [redacted]'],
    ['session cookie', 'cookie: hp-web.session=eyJhbGciOi.xyz; other=1', 'cookie: hp-web.session=[redacted]; other=1'],
    ['JSON password', '{"email":"a@b.eg","password":"hunter2hunter2"}', '{"email":"a@b.eg","password":"[redacted]"}'],
    ['form OTP', 'phone=%2B201001234567&code=123456&csrfToken=abc', 'phone=%2B201001234567&code=[redacted]&csrfToken=[redacted]'],
    ['SMS text', 'HealthPay: 482913 is your sign-in code. رمز الدخول 482913', 'HealthPay: [code] is your sign-in code. رمز الدخول [code]'],
  ])('hides a %s', (_, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves amounts, ids and phone numbers alone', () => {
    const text = 'debit 150000 piasters from wallet 0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001 card HP-1000000172 phone +201001234567';
    expect(redact(text)).toBe(text);
  });
});

describe('log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('redacts errors, their fields and their causes', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((l: string) => void lines.push(l));
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_national_id_key"'), {
      detail: 'Key (national_id)=(28503140101235) already exists.',
    });
    log.error('[api] users.create failed', new Error('insert failed', { cause: pgError }), { password: 'correct horse battery' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('users_national_id_key');
    expect(lines[0]).not.toContain('28503140101235');
    expect(lines[0]).not.toContain('correct horse battery');
  });
});
