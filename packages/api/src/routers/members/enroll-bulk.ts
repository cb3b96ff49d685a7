import { staffMay } from '../../auth/roles';
import { auditEnrollment } from '../../members/audit-enrollment';
import { enrollMembers } from '../../members/enroll-members';
import { organizationOf } from '../../members/organization-scope';
import { assertOrganizationExists } from '../../members/organizations';
import { roleProcedure } from '../../trpc';
import { bulkInput, bulkOutput } from './member.schemas';

/**
 * Enrolls up to 10,000 rows (the REST bulk route and the staff portal's CSV import, which sends chunks):
 * each row is created, matched or reported as an error with its code; good rows are applied whatever the bad
 * ones. Re-sending the same rows creates nothing new and issues no second card.
 */
export const enrollBulk = roleProcedure('organization', ...staffMay.manageAccounts)
  .input(bulkInput)
  .output(bulkOutput)
  .mutation(async ({ ctx, input }) => {
    const organizationId = organizationOf(ctx.actor, input.organizationId);
    await assertOrganizationExists(ctx.services.pool, organizationId);
    const results = await enrollMembers(ctx, organizationId, input.rows);
    const count = (o: string) => results.filter((r) => r.outcome === o).length;
    const summary = { rows: results.length, created: count('created'), matched: count('matched'), errors: count('error'), cardsIssued: results.filter((r) => r.cardId !== null).length };
    // Before: nothing for these rows' new members; after: the counts (each row's outcome is in the response).
    await auditEnrollment(ctx, 'members.bulk', organizationId, 'ok', { after: summary });
    return { organizationId, summary, results };
  });
