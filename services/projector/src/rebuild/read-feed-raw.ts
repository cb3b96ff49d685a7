import { FEED_SQL, openEventData, PII_EVENT_FIELDS, piiKeyring, type FeedPosition, type Pool, type StoredEvent } from '@healthpay/db';
import pg from 'pg';
import { FeedEvent, type FeedRow } from './feed-event';

const JSONB = 3802;
const TIMESTAMPTZ = 1184;
const asText = (value: string) => value;
/**
 * jsonb and the timestamp as their text: the payload is parsed here, walked for sealed fields only when it names one;
 * the metadata and the timestamp only when a projection reads them (`FeedEvent`).
 */
const types = { getTypeParser: (oid: number, format?: string) => (oid === JSONB || oid === TIMESTAMPTZ ? asText : pg.types.getTypeParser(oid, format as 'text')) };
const PII_KEYS = [...PII_EVENT_FIELDS].map((name) => `"${name}"`);
const namesPii = (json: string) => PII_KEYS.some((key) => json.includes(key));

/** The feed's row with jsonb and the timestamp left as text. */
type RawRow = FeedRow & { event_data: string };

/**
 * `readFeed` for a replay: the same query (`FEED_SQL`) and the same events, decoded cheaper. `readFeed` walks every
 * payload for personal data fields to open (a tenth of the feed's cost); here only a payload whose text names one
 * (`"nationalId"`) is walked, the others cannot hold a sealed field. Metadata and timestamps, which few projections
 * read, are parsed on first read.
 */
export async function readFeedRaw(db: Pool, from: FeedPosition, limit: number): Promise<StoredEvent[]> {
  const res = await db.query<RawRow>({ text: FEED_SQL, values: [String(from.transactionId), from.position, limit], types });
  const out = new Array<StoredEvent>(res.rows.length);
  for (let i = 0; i < res.rows.length; i++) {
    const r = res.rows[i] as RawRow;
    const data: unknown = JSON.parse(r.event_data);
    out[i] = new FeedEvent(r, namesPii(r.event_data) ? openEventData(piiKeyring(), data) : data);
  }
  return out;
}
