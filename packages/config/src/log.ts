/**
 * The server log, redacted: national IDs, one-time codes, API tokens, bearer credentials, session cookies
 * and anything that looks like a password or secret field never reach it, whatever an error carries (a
 * Postgres unique violation, for one, quotes the offending value). The development SMS adapter prints its
 * codes on purpose and does not go through here.
 */
const RULES: [RegExp, string][] = [
  // Egyptian national ID: 14 digits starting with the century digit 2 or 3.
  [/(?<!\d)[23]\d{13}(?!\d)/g, '[national-id]'],
  // Our API tokens, and any bearer credential.
  [/\bhp_[A-Za-z0-9_-]{16,}/g, 'hp_[redacted]'],
  [/\b(Bearer\s+)[^\s"',;]+/gi, '$1[redacted]'],
  // Auth.js session and CSRF cookies (names end in .session / .csrf / session-token).
  [/((?:session|session-token|csrf)=)[^;\s"']+/gi, '$1[redacted]'],
  // key: value / key=value pairs whose key names a secret (JSON, query strings, form bodies, pg error details).
  [/((?:"|\b)(?:password|passwd|otp|code|totp|secret|token|csrfToken|authorization|national_?id|nationalId)"?\s*[:=]\s*"?)[^"&,;\s})]+/gi, '$1[redacted]'],
  // Postgres "Key (column)=(value)" details.
  [/(Key \((?:[^)]*)\)=\()[^)]*/g, '$1[redacted]'],
  // The sign-in SMS text.
  [/(HealthPay: )\d{6}/g, '$1[code]'],
  [/(رمز الدخول )\d{6}/g, '$1[code]'],
];

export function redact(text: string): string {
  return RULES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

function describe(value: unknown, depth = 0): string {
  if (value instanceof Error) {
    const detail = Object.entries(value)
      .filter(([k]) => !['message', 'stack'].includes(k))
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(' ');
    const cause = value.cause !== undefined && depth < 4 ? `\n  caused by: ${describe(value.cause, depth + 1)}` : '';
    return `${value.stack ?? `${value.name}: ${value.message}`}${detail ? `\n  ${detail}` : ''}${cause}`;
  }
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const line = (parts: unknown[]) => redact(parts.map((p) => describe(p)).join(' '));

/** Server-side logging for the API, projector and relay: one line per call, redacted. */
export const log = {
  info: (...parts: unknown[]) => console.info(line(parts)),
  warn: (...parts: unknown[]) => console.warn(line(parts)),
  error: (...parts: unknown[]) => console.error(line(parts)),
};
