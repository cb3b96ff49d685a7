import type { MedCardEvent } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';

/** The domain event a stored row carries (the projections only ever see the card's own event types). */
export const medCardEvent = (e: StoredEvent) => ({ type: e.type, data: e.data }) as MedCardEvent;

/** Data of one MedCard event type. */
export type EventData<T extends MedCardEvent['type']> = Extract<MedCardEvent, { type: T }>['data'];

/** Composite document keys: parts joined by NUL, which ids never contain. */
export const keyOf = (...parts: string[]): string => parts.join('\u0000');
export const splitKeys = (keys: string[]): [string[], string[]] => {
  const pairs = keys.map((k) => k.split('\u0000'));
  return [pairs.map((p) => p[0] ?? ''), pairs.map((p) => p[1] ?? '')];
};

/** Keys of three parts (card, pharmacy, prescription) as three parallel arrays, for unnest. */
export const splitKeys3 = (keys: string[]): [string[], string[], string[]] => {
  const parts = keys.map((k) => k.split('\u0000'));
  return [parts.map((p) => p[0] ?? ''), parts.map((p) => p[1] ?? ''), parts.map((p) => p[2] ?? '')];
};

export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);
