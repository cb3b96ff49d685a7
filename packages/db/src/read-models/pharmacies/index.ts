import { pharmacyProjection } from './pharmacy-projection';

export * from './queries';
export { evolvePharmacyDoc, pharmacyProjection, pharmacyEventTypes, type PharmacyDoc } from './pharmacy-projection';

export const pharmacyReadModels = [pharmacyProjection] as const;
/**
 * A rebuild cannot empty `pharmacies` (users and API tokens reference it), so it forgets what was projected
 * instead: every event is then applied again over the rows. Rows without events (version 0) are kept as they are.
 */
export const pharmacyReadModelResets = ['UPDATE pharmacies SET version = 0 WHERE version > 0'] as const;
