import { listPharmacies as listPharmacyRows } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { governorate, pharmacyPage, pharmacyStatus } from './pharmacy.schemas';
import { pharmacyViewOfRow } from './pharmacy-view';

export const listPharmaciesInput = z.object({
  /** Part of a name (Arabic or English), licence or CR number, city, or the exact id. */
  query: z.string().trim().max(100).optional(),
  status: pharmacyStatus.optional(),
  governorate: governorate.optional(),
  cursor: z.int().min(0).max(1_000_000).optional(),
  limit: z.int().min(1).max(100).default(20),
});

/** Staff: pharmacies by name, filtered, paged by offset cursor. */
export const listPharmacies = roleProcedure(...staffMay.readPatients)
  .input(listPharmaciesInput)
  .output(pharmacyPage)
  .query(async ({ ctx, input }) => {
    const page = await listPharmacyRows(ctx.services.pool, input);
    return { items: page.items.map(pharmacyViewOfRow), nextCursor: page.nextCursor };
  });
