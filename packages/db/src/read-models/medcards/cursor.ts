/**
 * Opaque keyset cursors: the sort key of the last row seen, as base64url JSON. Clients pass them back
 * unchanged; anything else decodes to null and the API answers VALIDATION_FAILED.
 */
export interface KeysetCursor {
  at: string; // ISO instant of the row's sort time
  cardId: string;
  id: string; // prescription id or insurance claim id
}

export const encodeCursor = (c: KeysetCursor): string => Buffer.from(JSON.stringify([c.at, c.cardId, c.id])).toString('base64url');

export function decodeCursor(cursor: string): KeysetCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'string')) return null;
    const [at, cardId, id] = v as [string, string, string];
    return Number.isNaN(Date.parse(at)) ? null : { at, cardId, id };
  } catch {
    return null;
  }
}
