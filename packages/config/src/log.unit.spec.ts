import { describe, expect, it } from 'vitest';
import { createLogger, logWith, redact, requestLog, setLogService, withRequestId } from './log';

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

/** A logger like `log`, writing its lines here instead of stdout. */
function capture() {
  const lines: string[] = [];
  const out = logWith(createLogger({ destination: { write: (l: string) => void lines.push(l) } }));
  return { out, lines, json: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('log', () => {
  it('redacts errors, their fields and their causes', () => {
    const { out, lines } = capture();
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_national_id_key"'), {
      detail: 'Key (national_id)=(28503140101235) already exists.',
    });
    out.error('[api] users.create failed', new Error('insert failed', { cause: pgError }), { password: 'correct horse battery' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('users_national_id_key');
    expect(lines[0]).not.toContain('28503140101235');
    expect(lines[0]).not.toContain('correct horse battery');
  });

  it('writes one JSON line per call: level, time, service, message', () => {
    const { out, lines, json } = capture();
    setLogService('projector');
    out.warn('[projector] lag', 42, 'ms');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(lines[0]?.trimEnd()).not.toContain('\n');
    const [line] = json();
    expect(line).toMatchObject({ level: 'warn', service: 'projector', msg: '[projector] lag 42 ms' });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
    expect(line).not.toHaveProperty('requestId');
  });

  it('carries the request id while a request runs, and only then', async () => {
    const { out, json } = capture();
    await withRequestId('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', async () => {
      await Promise.resolve();
      out.info('[api] inside', { requestId: undefined });
    });
    out.info('[api] outside');
    const [inside, outside] = json();
    expect(inside?.requestId).toBe('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13');
    expect(outside).not.toHaveProperty('requestId');
  });

  it('carries the request id of a request’s log, after an await and with no async context entered', async () => {
    const { out, json } = capture();
    const inRequest = requestLog('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', out);
    await Promise.resolve();
    inRequest.error('[api] wallet.debit failed', new Error('boom'), { walletId: 'w-1' });
    inRequest.warn('[api] slow');
    requestLog(undefined, out).info('[api] no request');
    const [failed, slow, none] = json();
    expect(failed).toMatchObject({ level: 'error', requestId: '3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', msg: '[api] wallet.debit failed', walletId: 'w-1', err: { message: 'boom' } });
    expect(slow).toMatchObject({ level: 'warn', requestId: '3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13' });
    expect(none).not.toHaveProperty('requestId');
  });

  it('writes the id once when a request’s log is used inside an async request context too (the portals)', async () => {
    const { out, lines } = capture();
    await withRequestId('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', async () => {
      await Promise.resolve();
      requestLog('3f2b8c1e-0d4a-4b7e-9c61-2a5d7e9f0b13', out).info('[api] both');
    });
    expect(lines[0]?.match(/"requestId"/g)).toHaveLength(1);
  });

  it.each([
    ['a national ID in the message', ['holder 28503140101235 not found'], '28503140101235'],
    ['a national ID in a field, as text and as a number', [{ holder: { nationalId: '29206150101357', other: 29206150101357, note: 'id 29206150101357' } }], '29206150101357'],
    ['an OTP code field', ['[auth] verify', { phone: '+201001234567', code: '482913' }], '482913'],
    ['an OTP in a form body', ['[auth] body phone=%2B201001234567&code=482913'], '482913'],
    ['the sign-in SMS text', [{ sms: 'HealthPay: 482913 is your sign-in code.' }], '482913'],
    ['a bearer token in a header field', [{ headers: { authorization: 'Bearer eyJhbGciOi.payload.sig' } }], 'eyJhbGciOi'],
    ['a bearer token in an error message', [new Error('upstream said: Authorization: Bearer eyJhbGciOi.payload.sig')], 'eyJhbGciOi'],
    ['an API token', ['token hp_Q2hlY2tUaGlzVG9rZW5Jc0xvbmdFbm91Z2g rejected'], 'Q2hlY2tUaGlzVG9rZW5Jc0xvbmdFbm91Z2g'],
    ['a session cookie in a field', [{ cookie: 'hp-web.session=eyJhbGciOi.xyz' }], 'eyJhbGciOi'],
    ['a session cookie inside a string', [{ note: 'cookie: hp-web.session=eyJhbGciOi.xyz; other=1' }], 'eyJhbGciOi'],
    ['a password in a nested array', [{ batch: [{ user: 'a@b.eg', password: 'hunter2hunter2' }] }], 'hunter2hunter2'],
  ])('keeps %s out of the JSON line', (_, parts, secret) => {
    const { out, lines, json } = capture();
    out.info(...parts);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(secret);
    expect(json()).toHaveLength(1);
  });

  it('keeps what is not secret: amounts, ids, phone numbers, SQLSTATEs', () => {
    const { out, json } = capture();
    out.info('[wallet] debit', { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001', amount: 150000, phone: '+201001234567', code: '23505' });
    expect(json()[0]).toMatchObject({ walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001', amount: 150000, phone: '+201001234567', code: '23505' });
  });

  it('logs a Postgres error as one structured line: code and constraint, no stack, no row values', () => {
    const { out, lines, json } = capture();
    // What pg's DatabaseError carries for a unique violation.
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "members_national_id_key"'), {
      name: 'error', severity: 'ERROR', code: '23505', schema: 'public', table: 'members', constraint: 'members_national_id_key',
      routine: '_bt_check_unique', detail: 'Key (national_id)=(28503140101235) already exists.', file: 'nbtinsert.c', line: '666',
      where: 'SQL statement "INSERT INTO members VALUES (\'28503140101235\')"',
    });
    out.error('[members] enroll failed', pgError);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('28503140101235');
    const [line] = json();
    expect(line?.err).toEqual({
      type: 'DatabaseError', message: 'duplicate key value violates unique constraint "members_national_id_key"', code: '23505',
      severity: 'ERROR', schema: 'public', table: 'members', constraint: 'members_national_id_key', routine: '_bt_check_unique',
    });
    expect(line?.msg).toBe('[members] enroll failed');
  });

  it('redacts a check violation whose message quotes a value', () => {
    const { out, json } = capture();
    const pgError = Object.assign(new Error('invalid input syntax for type uuid: "28503140101235"'), { severity: 'ERROR', code: '22P02', routine: 'string_to_uuid' });
    out.error(pgError);
    const [line] = json();
    expect(line?.msg).toBe('invalid input syntax for type uuid: "[national-id]"');
    expect(line?.err).toMatchObject({ type: 'DatabaseError', code: '22P02', message: 'invalid input syntax for type uuid: "[national-id]"' });
  });

  it('names class instances instead of walking them, and survives cycles', () => {
    const { out, json } = capture();
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    out.info('[x]', { pool: new (class Pool {})(), loop });
    expect(json()[0]).toMatchObject({ pool: '[Pool]', loop: { name: 'loop', self: '[circular]' } });
  });
});
