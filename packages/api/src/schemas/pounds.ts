import { poundsToPiasters } from '@healthpay/domain';
import { z } from 'zod';

/** Pounds ↔ piasters: the domain's rules (one home for the API, the portals and every export). */
export { poundsToPiasters, piastersToDecimal as piastersToPounds } from '@healthpay/domain';

/** A request amount in EGP, e.g. `350`, `350.5`, `350.00` or `"350.00"`; parsed to positive piasters. */
export const pounds = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const piasters = poundsToPiasters(value);
    if (piasters === null || piasters <= 0) {
      ctx.addIssue({ code: 'custom', message: 'Expected a positive amount in EGP with at most 2 decimals, e.g. 350.00' });
      return z.NEVER;
    }
    return piasters;
  })
  .meta({ description: 'Amount in Egyptian pounds (EGP), a number or a decimal string with at most 2 decimals, e.g. 350.00' });
