import { z } from 'zod';
import { claimListFilter } from '../../routers/claims/claim.schemas';
import { cardId, entityId } from '../../routers/medcard/medcard.schemas';

export { monthRange } from '../../routers/analytics/analytics.schemas';

/** Path parameters, and what query strings need on top of the procedures' inputs (values arrive as strings). */
export const cardPath = z.object({ id: cardId });
export const cardAnd = <K extends string>(key: K) => z.object({ id: cardId, [key]: entityId } as { id: typeof cardId } & Record<K, typeof entityId>);

export const limit = z.coerce.number().int().min(1).max(100).default(20);
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const claimFilters = claimListFilter.extend({ limit });
