import { z } from 'zod';
import { poundsToPiasters } from '../../schemas/pounds';
import { pounds } from '../../schemas/pounds';
import { bulkOutput, enrollOutput, externalId, familyMember, memberView, MAX_BULK_ROWS, organizationId } from '../../routers/members/member.schemas';
import { copaymentPercent, tier } from '../../routers/medcard/medcard.schemas';
import { nameArSchema, nameEnSchema } from '../../routers/registration/registration.schemas';
import { route } from './route';

const tag = 'Members';

/** A bulk body of 10,000 rows with cards and families is ~5 MB; the other routes keep the 1 MiB limit. */
export const BULK_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One member as REST takes it: `card.monthlyLimit` in pounds. */
export const memberBody = z.strictObject({
  externalId,
  nationalId: z.string().trim().min(1).max(20),
  phone: z.string().trim().min(1).max(40),
  nameEn: nameEnSchema,
  nameAr: nameArSchema.optional(),
  locale: z.enum(['ar', 'en']).optional(),
  card: z.strictObject({ tier, monthlyLimit: pounds.optional(), copaymentPercent: copaymentPercent.optional() }).optional(),
  family: z.array(familyMember).max(10).optional(),
});

const bulkBody = z.strictObject({
  organizationId: organizationId.optional(),
  rows: z.array(z.unknown().meta({ description: 'One member, the shape of POST /members (checked row by row)' })).min(1).max(MAX_BULK_ROWS),
});

/** Rows arrive unparsed (each is checked on its own); only the pounds → piasters step is REST's. */
function rowInPiasters(row: unknown): unknown {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
  const card = (row as { card?: unknown }).card;
  if (!card || typeof card !== 'object' || Array.isArray(card)) return row;
  const limit = (card as { monthlyLimit?: unknown }).monthlyLimit;
  if (typeof limit !== 'number' && typeof limit !== 'string') return row;
  const piasters = poundsToPiasters(limit);
  // An amount that is not pounds stays as sent, so the row's own check reports it.
  return { ...row, card: { ...card, monthlyLimit: piasters !== null && piasters > 0 ? piasters : limit } };
}

export const memberRoutes = [
  route({
    method: 'POST', path: '/members', procedure: 'members.enroll', operationId: 'enrollMember', tag, status: 201,
    summary: 'Enroll a member (create or match the patient)',
    description:
      'Matches an existing patient when the national ID AND the mobile belong to the same account; creates the patient and opens their wallet when neither is known; ' +
      '`409 IDENTITY_MISMATCH` when only one is (whose is never said). Idempotent by `externalId`: `201` the first time, `200` with the same member after; ' +
      '`409 MEMBER_CONFLICT` when the externalId names another person, or the person is enrolled under another externalId. Optional `card` (tier, `monthlyLimit` in EGP, copayment) and `family` are applied once.',
    statusOf: (result) => ((result as { outcome?: string }).outcome === 'created' ? 201 : 200),
    body: memberBody.extend({ organizationId: organizationId.optional() }), output: enrollOutput,
    run: (api, { body }) => api.members.enroll(body),
  }),
  route({
    method: 'POST', path: '/members/bulk', procedure: 'members.bulk', operationId: 'enrollMembers', tag,
    maxBodyBytes: BULK_MAX_BODY_BYTES,
    summary: 'Enroll up to 10,000 members in one request',
    description:
      'Each row has the shape of `POST /members` and is checked on its own: the results come back in order, one per row (`created`, `matched`, or `error` with `code` and `message`); good rows are applied whatever the bad ones. ' +
      'Sending the same rows again creates nothing new and issues no second card. This route accepts bodies up to 16 MiB (the others 1 MiB). Staff may name `organizationId` (superadmin); an organization token enrolls into its own.',
    body: bulkBody, output: bulkOutput,
    run: (api, { body }) => api.members.bulk({ ...body, rows: body.rows.map(rowInPiasters) }),
  }),
  route({
    method: 'GET', path: '/members', procedure: 'members.list', operationId: 'listMembers', tag,
    summary: 'The organization’s members by externalId (keyset pages)',
    query: z.object({ cursor: externalId.optional(), limit: z.coerce.number().int().min(1).max(100).default(50), organizationId: organizationId.optional() }),
    output: z.object({ items: z.array(memberView), nextCursor: z.string().nullable() }),
    run: (api, { query }) => api.members.list(query),
  }),
  route({
    method: 'GET', path: '/members/{externalId}', procedure: 'members.get', operationId: 'getMember', tag,
    summary: 'One member by the organization’s externalId',
    params: z.object({ externalId }), query: z.object({ organizationId: organizationId.optional() }), output: memberView,
    run: (api, { params, query }) => api.members.get({ externalId: params.externalId, ...query }),
  }),
];
