import { decideWallet, evolveWallet, isDomainError, normalizeEgyptianMobile, type WalletCommand, type WalletEvent, type WalletState } from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { executeCommand } from '../commands/execute';
import type { Context } from '../context';
import { AppError, fieldErrorsOf, toAppError } from '../errors/app-error';
import { registrantId } from '../routers/registration/registration-rules';
import { memberRow, type MemberRowInput, type RowResult } from '../routers/members/member.schemas';
import { appendNewStreams, commandMeta } from './batch-append';
import { applyMemberCard, issueNewCards } from './member-card';
import { insertPatients } from './new-patients';
import { insertMemberships, membershipsOf, usersByPhone, type NewMembership } from './member-store';
import { findUsersByNationalIds, storedNationalId } from './national-id';

type Ctx = Context & { actor: Actor };

/** Rows worked on at once (patients, wallets, cards): enough to fill the event store's group commits. */
const CONCURRENCY = 16;

interface Valid {
  index: number;
  row: MemberRowInput;
  nationalId: string;
  birthDate: string;
  phone: string;
}

type Plan =
  | { kind: 'error'; code: string; message: string }
  | { kind: 'matched'; userId: string }
  | { kind: 'link'; userId: string }
  | { kind: 'create'; userId: string }
  | { kind: 'same-as'; index: number };

const failure = (code: string, message: string): Plan => ({ kind: 'error', code, message });
const mismatch = () => failure('IDENTITY_MISMATCH', 'The national ID and the mobile do not belong to the same account');

const stored = (nationalId: string) => {
  const { ciphertext, hash, masked } = storedNationalId(nationalId);
  return { nationalIdCiphertext: ciphertext, nationalIdHash: hash, nationalIdMasked: masked };
};

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Who is known already, read in one snapshot (REPEATABLE READ): separate reads could see a concurrent
 * enrollment's patient by mobile but not yet by national ID, and call one person two.
 */
async function lookups(ctx: Ctx, organizationId: string, valid: Valid[]) {
  const client = await ctx.services.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const byNationalId = await findUsersByNationalIds(client, [...new Set(valid.map((v) => v.nationalId))]);
    const byPhone = await usersByPhone(client, [...new Set(valid.map((v) => v.phone))]);
    const known = [...byNationalId.values()].map((u) => u.userId);
    const memberships = await membershipsOf(client, organizationId, valid.map((v) => v.row.externalId), known);
    await client.query('COMMIT');
    return { byNationalId, byPhone, memberships };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Schema, national ID and mobile checks of one row: a valid row or its error result. */
function validate(raw: unknown, index: number, now: Date): Valid | RowResult {
  const externalIdOf = (v: unknown) => (v && typeof v === 'object' && typeof (v as { externalId?: unknown }).externalId === 'string' ? (v as { externalId: string }).externalId.slice(0, 100) : null);
  const error = (code: string, message: string): RowResult => ({ row: index + 1, externalId: externalIdOf(raw), outcome: 'error', userId: null, patient: null, cardId: null, code, message });
  const parsed = memberRow.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error).map((f) => `${f.path || 'row'}: ${f.message}`);
    return error('VALIDATION_FAILED', fields.join('; ').slice(0, 500));
  }
  const row = parsed.data;
  const id = registrantId(row.nationalId, now);
  if (!id.ok) return error('VALIDATION_FAILED', `nationalId: not a valid national ID (${id.reason})`);
  let phone: string;
  try {
    phone = normalizeEgyptianMobile(row.phone);
  } catch {
    return error('VALIDATION_FAILED', 'phone: not an Egyptian mobile number');
  }
  return { index, row, nationalId: id.nationalId, birthDate: id.birthDate, phone };
}

/** Each new patient's wallet: OpenWallet and ActivateWallet (as registration), many wallets per append. */
async function openWallets(ctx: Ctx, userIds: string[]): Promise<void> {
  const meta = commandMeta(ctx.services, ctx.actor);
  const streams = userIds.map((ownerId) => {
    const walletId = ctx.services.newId();
    let state: WalletState = { status: 'none' };
    const events: WalletEvent[] = [];
    for (const body of [{ type: 'OpenWallet', data: { walletId, ownerId } }, { type: 'ActivateWallet', data: { walletId } }]) {
      const decided = decideWallet({ ...body, meta } as WalletCommand, state);
      state = decided.reduce(evolveWallet, state);
      events.push(...decided);
    }
    return { streamId: walletId, events, ownerId };
  });
  const failed = await appendNewStreams(ctx.services, ctx.services.aggregates.wallet, ctx.actor, 'members.openWallet', streams, ctx.request);
  // Fresh UUIDs cannot clash; a chunk fails only when its transaction does: each wallet on its own then.
  await mapLimit(streams.filter((s) => failed.has(s.streamId)), CONCURRENCY, (s) => openWallet(ctx, s.ownerId));
}

/** One wallet through the command path (the fallback of openWallets). */
async function openWallet(ctx: Ctx, userId: string): Promise<void> {
  const walletId = ctx.services.newId();
  await executeCommand(ctx.services, {
    operation: 'members.openWallet', input: { walletId, ownerId: userId }, actor: ctx.actor, idempotencyKey: null, request: ctx.request,
    aggregates: ctx.services.aggregates.wallet, streams: [walletId],
    decide(states, meta) {
      let state: WalletState = states.get(walletId) ?? { status: 'none' };
      const events: WalletEvent[] = [];
      for (const body of [{ type: 'OpenWallet', data: { walletId, ownerId: userId } }, { type: 'ActivateWallet', data: { walletId } }]) {
        const decided = decideWallet({ ...body, meta } as WalletCommand, state);
        state = decided.reduce(evolveWallet, state);
        events.push(...decided);
      }
      return new Map([[walletId, events]]);
    },
    result: () => null,
  });
}

/**
 * Enrolls rows into an organization, in order, each row on its own: bad rows are reported, good ones applied.
 * Lookups are batched (one query each for externalIds, national IDs, mobiles); a person is matched when their
 * national ID AND mobile name the same patient, created when neither is known (wallet opened), refused without
 * saying whose when only one is. Re-running the same rows creates nothing: memberships are keyed by externalId,
 * cards and family by ids derived from it (member-card.ts).
 */
export async function enrollMembers(ctx: Ctx, organizationId: string, rows: readonly unknown[], retries = 2): Promise<RowResult[]> {
  const now = ctx.services.clock();
  const results: (RowResult | null)[] = rows.map(() => null);
  const valid: Valid[] = [];
  rows.forEach((raw, i) => {
    const v = validate(raw, i, now);
    if ('row' in v && 'outcome' in v) results[i] = v;
    else valid.push(v);
  });

  const { pool } = ctx.services;
  const { byNationalId, byPhone, memberships } = await lookups(ctx, organizationId, valid);
  const userOfExternal = new Map(memberships.map((m) => [m.externalId, m.userId]));
  const externalOfUser = new Map(memberships.map((m) => [m.userId, m.externalId]));

  // Within one body: the first row of an externalId, national ID or mobile decides; later ones follow or conflict.
  const firstByExternal = new Map<string, Valid>();
  const firstByNationalId = new Map<string, Valid>();
  const firstByPhone = new Map<string, Valid>();
  const plans = new Map<number, Plan>();
  for (const v of valid) {
    const earlier = firstByExternal.get(v.row.externalId);
    if (earlier) {
      const same = earlier.nationalId === v.nationalId && earlier.phone === v.phone;
      plans.set(v.index, same ? { kind: 'same-as', index: earlier.index } : failure('MEMBER_CONFLICT', 'This externalId names another person earlier in this request'));
      continue;
    }
    firstByExternal.set(v.row.externalId, v);
    const otherRow = firstByNationalId.get(v.nationalId) ?? firstByPhone.get(v.phone);
    if (otherRow) {
      plans.set(v.index, failure('MEMBER_CONFLICT', `This person is enrolled under another externalId earlier in this request (row ${otherRow.index + 1})`));
      continue;
    }
    firstByNationalId.set(v.nationalId, v);
    firstByPhone.set(v.phone, v);
    plans.set(v.index, planRow(v, byNationalId.get(v.nationalId), byPhone.get(v.phone), userOfExternal, externalOfUser, ctx.services.newId));
  }

  // New patients, stored like registration stores them (national ID encrypted, hashed, masked), then their wallets.
  const raced: number[] = [];
  const created = new Set<number>();
  const toCreate = valid.filter((v) => plans.get(v.index)?.kind === 'create');
  const insertedUsers = await insertPatients(pool, toCreate.map((v) => ({
    id: (plans.get(v.index) as { userId: string }).userId, phone: v.phone, nameEn: v.row.nameEn, nameAr: v.row.nameAr ?? null, locale: v.row.locale ?? 'ar',
    birthDate: v.birthDate, nationalId: v.nationalId, ...stored(v.nationalId), termsVersion: null, at: now,
  })));
  for (const v of toCreate) {
    if (insertedUsers.has((plans.get(v.index) as { userId: string }).userId)) created.add(v.index);
    else raced.push(v.index);
  }
  await openWallets(ctx, toCreate.filter((v) => created.has(v.index)).map((v) => (plans.get(v.index) as { userId: string }).userId));

  const toLink: (NewMembership & { index: number })[] = [];
  for (const v of valid) {
    const plan = plans.get(v.index);
    if (plan?.kind === 'link' || (plan?.kind === 'create' && created.has(v.index))) {
      toLink.push({ index: v.index, externalId: v.row.externalId, userId: plan.userId });
    }
  }
  const inserted = await insertMemberships(pool, organizationId, toLink, now);
  for (const l of toLink) if (!inserted.has(l.externalId)) raced.push(l.index);

  // Results, then cards for rows that carry one (their own appends, run side by side).
  const byIndex = new Map(valid.map((v) => [v.index, v]));
  const withCard: { v: Valid; userId: string }[] = [];
  for (const v of valid) {
    if (raced.includes(v.index)) continue;
    const plan = plans.get(v.index) as Plan;
    const base = { row: v.index + 1, externalId: v.row.externalId, cardId: null, code: null, message: null };
    if (plan.kind === 'error') results[v.index] = { ...base, outcome: 'error', userId: null, patient: null, code: plan.code, message: plan.message };
    else if (plan.kind === 'same-as') continue;
    else {
      results[v.index] = { ...base, outcome: plan.kind === 'matched' ? 'matched' : 'created', userId: plan.userId, patient: plan.kind === 'create' ? 'created' : 'existing' };
      if (v.row.card) withCard.push({ v, userId: plan.userId });
    }
  }
  const cardFailed = (index: number, error: unknown) => {
    const app = isDomainError(error) || error instanceof AppError ? toAppError(error) : null;
    if (!app) throw error;
    Object.assign(results[index] as RowResult, { outcome: 'error', code: app.code, message: `card: ${app.message}` });
  };
  const oneByOne = await issueNewCards(ctx, organizationId, withCard.map(({ v, userId }) => ({
    index: v.index, externalId: v.row.externalId, userId, nationalId: v.nationalId, phone: v.phone, birthDate: v.birthDate,
    name: created.has(v.index) ? v.row.nameEn : null, card: v.row.card as NonNullable<MemberRowInput['card']>, family: v.row.family ?? [],
  })), (index, cardId) => ((results[index] as RowResult).cardId = cardId), cardFailed);
  // Cards that exist already (a re-run adds only missing family) or whose batch lost a race: one command each.
  await mapLimit(withCard.filter(({ v }) => oneByOne.has(v.index)), CONCURRENCY, async ({ v, userId }) => {
    try {
      const card = await applyMemberCard(ctx, { organizationId, externalId: v.row.externalId, userId, nationalId: v.nationalId, phone: v.phone }, v.row.card as NonNullable<MemberRowInput['card']>, v.row.family);
      (results[v.index] as RowResult).cardId = card.cardId;
    } catch (error) {
      cardFailed(v.index, error);
    }
  });

  // A row that lost a race with a concurrent enrollment of the same person is looked at again (patient, then membership).
  if (raced.length > 0 && retries > 0) {
    const again = await enrollMembers(ctx, organizationId, raced.map((i) => rows[i]), retries - 1);
    raced.forEach((i, k) => (results[i] = { ...(again[k] as RowResult), row: i + 1 }));
  } else {
    for (const i of raced) results[i] = { row: i + 1, externalId: byIndex.get(i)?.row.externalId ?? null, outcome: 'error', userId: null, patient: null, cardId: null, code: 'VERSION_CONFLICT', message: 'Enrolled concurrently by another request; send the row again' };
  }
  for (const v of valid) {
    const plan = plans.get(v.index);
    if (plan?.kind !== 'same-as') continue;
    const first = results[plan.index] as RowResult;
    results[v.index] = { ...first, row: v.index + 1, ...(first.outcome === 'created' && { outcome: 'matched' as const, patient: 'existing' as const }) };
  }
  return results as RowResult[];
}

function planRow(
  v: Valid,
  byId: { userId: string; role: string } | undefined,
  byPhone: { userId: string; role: string } | undefined,
  userOfExternal: Map<string, string>,
  externalOfUser: Map<string, string>,
  newId: () => string,
): Plan {
  const samePerson = byId !== undefined && byPhone !== undefined && byId.userId === byPhone.userId;
  const member = userOfExternal.get(v.row.externalId);
  if (member !== undefined) {
    return samePerson && byId.userId === member ? { kind: 'matched', userId: member } : failure('MEMBER_CONFLICT', 'This externalId is already enrolled for another person');
  }
  if (samePerson) {
    if (byId.role !== 'patient') return mismatch();
    const other = externalOfUser.get(byId.userId);
    if (other !== undefined) return failure('MEMBER_CONFLICT', `This person is already enrolled under externalId ${other}`);
    return { kind: 'link', userId: byId.userId };
  }
  if (byId || byPhone) return mismatch();
  return { kind: 'create', userId: newId() };
}
