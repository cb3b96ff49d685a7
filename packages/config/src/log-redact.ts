import { serializeError } from './log-error';

/**
 * What never reaches the log: national IDs, one-time codes, API tokens, bearer credentials, session cookies
 * and anything that looks like a password or secret field, whatever an error carries (a Postgres unique
 * violation, for one, quotes the offending value). Applied to every string of a log line (message, fields,
 * error messages and stacks). The development SMS adapter prints its codes on purpose and does not log here.
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

/** Longest string kept in a log line; the rest is cut (a whole request body has no place there). */
const MAX_STRING = 8_192;

export function redact(text: string): string {
  const t = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…[${text.length - MAX_STRING} more]` : text;
  return RULES.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), t);
}

/** Field names whose values are dropped whatever they hold (the same family as the audit log's). */
const SECRET_KEY = /pass(word|wd)?|otp|token|secret|authorization|cookie|national_?id|pii_?key|hash_?key|private_?key|api_?key/i;
/** A field named `code` is a one-time code when it holds 6–8 digits (SQLSTATEs are 5 characters, HTTP statuses 3). */
const ONE_TIME_CODE = /^\d{6,8}$/;
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;

const isNationalIdNumber = (n: number) => Number.isInteger(n) && n >= 2e13 && n < 4e13;

function secretValue(key: string, value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return false;
  if (SECRET_KEY.test(key)) return true;
  return /^(code|.*_code)$/i.test(key) && ONE_TIME_CODE.test(String(value));
}

/**
 * A copy of `value` that is safe to log: strings redacted, secret-named fields replaced, errors serialized
 * (log-error.ts), class instances other than errors and dates named rather than walked, depth and size bounded.
 */
export function scrub(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  switch (typeof value) {
    case 'string':
      return redact(value);
    case 'number':
      return isNationalIdNumber(value) ? '[national-id]' : value;
    case 'bigint':
      return redact(value.toString());
    case 'boolean':
    case 'undefined':
      return value;
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (value === null) return null;
  const object = value as object;
  if (value instanceof Error) return serializeError(value, (v) => scrub(v, depth + 1, seen));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (seen.has(object)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[…]';
  seen.add(object);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => scrub(v, depth + 1, seen));
    return value.length > MAX_ITEMS ? [...items, `…[${value.length - MAX_ITEMS} more]`] : items;
  }
  const proto = Object.getPrototypeOf(object) as object | null;
  if (proto !== null && proto !== Object.prototype) return `[${(object.constructor as { name?: string } | undefined)?.name ?? 'object'}]`;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object).slice(0, MAX_ITEMS)) {
    out[k] = secretValue(k, v) ? '[redacted]' : scrub(v, depth + 1, seen);
  }
  return out;
}
