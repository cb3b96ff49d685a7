import { searchPatients } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { sessionUser } from '../session/me';

export const searchPatientsInput = z.strictObject({
  query: z.string().trim().max(100).optional(),
  limit: z.int().min(1).max(100).default(50),
});

/** Patients to open a wallet or issue a card for, by name or phone. */
export const searchPatientsProcedure = roleProcedure(...staffMay.manageAccounts)
  .input(searchPatientsInput)
  .output(z.array(sessionUser))
  .query(({ ctx, input }) => searchPatients(ctx.services.pool, input.query || undefined, input.limit));
