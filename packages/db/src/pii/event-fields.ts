import { isSealed, open, seal, type PiiKeyring } from './cipher';

/**
 * Fields of event payloads that hold personal data, by name, wherever they sit in the payload
 * (MedCardIssued `self.nationalId`, BeneficiaryAdded `beneficiary.nationalId`, and any future event
 * that names a field so). The event store seals them on append and opens them on every read, so the
 * domain and the projections see clear values and the `events` table never holds one.
 */
export const PII_EVENT_FIELDS: ReadonlySet<string> = new Set(['nationalId']);

type Transform = (value: string) => string;

/** A copy of `data` with every PII field passed through `f`; the same object when nothing changed. */
function mapPiiFields(data: unknown, f: Transform): unknown {
  if (Array.isArray(data)) {
    let changed = false;
    const out = data.map((v) => {
      const next = mapPiiFields(v, f);
      changed ||= next !== v;
      return next;
    });
    return changed ? out : data;
  }
  if (data === null || typeof data !== 'object') return data;
  let out: Record<string, unknown> | undefined;
  // Keys, not entries: no [key, value] pair per field (every event appended and every event read passes here).
  const record = data as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    const v = record[k];
    const next = PII_EVENT_FIELDS.has(k) && typeof v === 'string' ? f(v) : mapPiiFields(v, f);
    if (next !== v) (out ??= { ...record })[k] = next;
  }
  return out ?? data;
}

const PII_KEYS = [...PII_EVENT_FIELDS].map((name) => `"${name}":`);

/**
 * An event's data as the JSON text it is stored as, its PII fields sealed. JSON names every key as `"key":`, and a
 * string that holds those characters has its quotes escaped, so a text without a PII field's key has no PII field:
 * only a text that names one is walked and sealed (a claim's or a debit's data never does; the walk was ~2 % of a
 * claim's API CPU, `npm run bench` run 17).
 */
export function sealedEventJson(ring: PiiKeyring, data: unknown): string {
  const text = JSON.stringify(data);
  return PII_KEYS.some((key) => text.includes(key)) ? JSON.stringify(sealEventData(ring, data)) : text;
}

/** Encrypts clear PII fields (already sealed ones are left as they are). */
export const sealEventData = (ring: PiiKeyring, data: unknown): unknown =>
  mapPiiFields(data, (v) => (isSealed(v) ? v : seal(ring, v)));

/** Decrypts sealed PII fields (legacy clear values pass through until `pii:rotate` seals them). */
export const openEventData = (ring: PiiKeyring, data: unknown): unknown =>
  mapPiiFields(data, (v) => (isSealed(v) ? open(ring, v) : v));

/** Re-encrypts every PII field not under the current key; `changed` tells whether the row must be written. */
export function resealEventData(ring: PiiKeyring, data: unknown): { data: unknown; changed: boolean } {
  const next = mapPiiFields(data, (v) => (isSealed(v) && v.split('.')[1] === ring.current ? v : seal(ring, isSealed(v) ? open(ring, v) : v)));
  return { data: next, changed: next !== data };
}

/**
 * A stored command result from before masking (`idempotency_keys.response`): every clear `nationalId` becomes
 * `nationalIdMasked`, the shape outputs have now, so a replayed answer is both safe and valid.
 */
export function maskStoredResponse(data: unknown, mask: (nationalId: string) => string): { data: unknown; changed: boolean } {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((x, i) => x !== v[i]) ? out : v;
    }
    if (v === null || typeof v !== 'object') return v;
    let out: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v)) {
      if (PII_EVENT_FIELDS.has(k) && typeof x === 'string' && !isSealed(x)) {
        out ??= { ...(v as Record<string, unknown>) };
        delete out[k];
        out[`${k}Masked`] = mask(x);
        continue;
      }
      const next = walk(x);
      if (next !== x) (out ??= { ...(v as Record<string, unknown>) })[k] = next;
    }
    return out ?? v;
  };
  const next = walk(data);
  return { data: next, changed: next !== data };
}
