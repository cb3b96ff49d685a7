/**
 * What changed, in words a portal can act on: after the projector commits a batch it tells every portal
 * process which topics moved (NOTIFY `hp_projected`), and each open page refetches only what it shows.
 * Topics carry ids, never amounts or names: a listener learns nothing it could not already read.
 *
 * - `wallet:<walletId>`: a wallet's balance, history, holds or payments changed
 * - `card:<cardId>`: a MedCard, its members, claims or insurance claims changed
 * - `pharmacy:<pharmacyId>`: a pharmacy's claims (or the pharmacy itself) changed
 * - `insurance`: the staff insurance-review queue changed
 */
export const LIVE_CHANNEL = 'hp_projected';
/** Postgres refuses NOTIFY payloads of 8000 bytes or more: past this, listeners are told "everything". */
const MAX_PAYLOAD = 7_000;
export const EVERYTHING = '*';

interface FeedEvent {
  streamId: string;
  aggregateType: string;
  type: string;
  data: unknown;
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The pharmacy an event is about, wherever its payload keeps it (claims nest it in `claim`). */
const pharmacyOf = (data: unknown): string | null =>
  text(field(data, 'pharmacyId')) ?? text(field(field(data, 'claim'), 'pharmacyId')) ?? text(field(field(data, 'filedBy'), 'pharmacyId'));

export function liveTopicsOf(events: readonly FeedEvent[]): string[] {
  const topics = new Set<string>();
  for (const e of events) {
    const pharmacy = pharmacyOf(e.data);
    if (pharmacy) topics.add(`pharmacy:${pharmacy}`);
    switch (e.aggregateType) {
      case 'wallet':
        topics.add(`wallet:${e.streamId}`);
        break;
      case 'medcard':
        topics.add(`card:${e.streamId}`);
        if (e.type.startsWith('InsuranceClaim')) topics.add('insurance');
        break;
      case 'payment': {
        const wallet = text(field(e.data, 'walletId'));
        if (wallet) topics.add(`wallet:${wallet}`);
        break;
      }
    }
  }
  return [...topics].sort();
}

/** The NOTIFY payload for a batch: its topics, or "everything" when they would not fit. */
export function livePayloadOf(events: readonly FeedEvent[]): string | null {
  const topics = liveTopicsOf(events);
  if (topics.length === 0) return null;
  const payload = topics.join(' ');
  return Buffer.byteLength(payload) <= MAX_PAYLOAD ? payload : EVERYTHING;
}

export const parseLivePayload = (payload: string | undefined): string[] => (payload ? payload.split(' ').filter(Boolean) : []);
