import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { listPeople } from '../../identity/staff/people';
import { roleProcedure } from '../../trpc';
import { isManager } from '../invitations/invitation-access';
import { teamListOutput } from './team.schemas';

/** A pharmacy manager's own pharmacy's pharmacists, active and removed. */
export const listTeam = roleProcedure('pharmacist')
  .input(z.strictObject({}).optional())
  .output(teamListOutput)
  .query(async ({ ctx }) => {
    if (!isManager(ctx.actor)) throw new AppError('FORBIDDEN', 'Only a pharmacy manager sees the team');
    return { items: await listPeople(ctx.services.pool, { kind: 'pharmacists', pharmacyId: ctx.actor.pharmacyId as string, limit: 500 }) };
  });
