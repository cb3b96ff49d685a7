import { cardNumberFromUuid, countOpenMedCardsOfHolder } from '@healthpay/db';
import {
  decideMedCard, evolveMedCard, parseNationalId,
  type BeneficiaryInput, type CommandMeta, type HolderInput, type MedCardCommand, type MedCardEvent, type MedCardState, type MedCardTier,
} from '@healthpay/domain';
import type { Actor } from '../auth/actor';
import { executeCommand } from '../commands/execute';
import { AppError } from '../errors/app-error';
import type { Context } from '../context';
import { resolveHolder } from '../routers/medcard/resolve-holder';
import type { MemberRowInput } from '../routers/members/member.schemas';
import { appendNewStreams, commandMeta, existingStreams, type NewStream } from './batch-append';
import { derivedUuid } from './derived-id';
import { nationalIdLookupKey } from './national-id';

const YEAR_MS = 365 * 86_400_000;
/** Derived card numbers have 9 free digits: another card may hold one; then the next derivation is tried. */
const ATTEMPTS = 5;

class NumberTakenByAnother extends Error {}

const baseOf = (organizationId: string, externalId: string) => `member-card:${organizationId}:${externalId}`;
const cardIdOf = (base: string, attempt: number) => cardNumberFromUuid(derivedUuid(attempt === 0 ? base : `${base}:${attempt}`));

/** Family members with ids derived from the card and their keyed national-ID hash (a re-run finds them). */
function additionsOf(base: string, family: NonNullable<MemberRowInput['family']>, now: Date): BeneficiaryInput[] {
  return family.map((f) => ({
    beneficiaryId: derivedUuid(`${base}:${nationalIdLookupKey(f.nationalId)}`),
    relationship: f.relationship,
    name: f.name,
    nationalId: f.nationalId,
    dateOfBirth: f.dateOfBirth ?? parseNationalId(f.nationalId, now.toISOString()).birthDate,
    ...(f.mobile && { mobile: f.mobile }),
  }));
}

function issueEvents(cardId: string, holder: HolderInput, card: NonNullable<MemberRowInput['card']>, additions: BeneficiaryInput[], meta: CommandMeta, now: Date): MedCardEvent[] {
  let state: MedCardState = { status: 'none' };
  const events: MedCardEvent[] = [];
  const commands: Omit<MedCardCommand, 'meta'>[] = [
    { type: 'IssueMedCard', data: { cardId, tier: card.tier as MedCardTier, holder, expiresAt: new Date(now.getTime() + YEAR_MS).toISOString(), ...(card.monthlyLimit && { monthlyLimit: card.monthlyLimit }), ...(card.copaymentPercent !== undefined && { copaymentPercent: card.copaymentPercent }) } },
    { type: 'ActivateMedCard', data: { cardId } },
    ...additions.map((beneficiary) => ({ type: 'AddBeneficiary' as const, data: { cardId, beneficiary } })),
  ];
  for (const body of commands) {
    const decided = decideMedCard({ ...body, meta } as MedCardCommand, state);
    state = decided.reduce(evolveMedCard, state);
    events.push(...decided);
  }
  return events;
}

/**
 * Cards a re-run need not touch: held by this member with every family member on it, per the read models
 * (two queries). The read models may lag, never lead: a card they show incomplete goes the command path.
 */
async function completeCards(ctx: Context, cards: { cardId: string; userId: string; beneficiaryIds: string[] }[]): Promise<Set<string>> {
  if (cards.length === 0) return new Set();
  const ids = cards.map((c) => c.cardId);
  const [holders, members] = await Promise.all([
    ctx.services.pool.query<{ cardId: string; userId: string }>('SELECT card_id AS "cardId", holder_user_id AS "userId" FROM medcards WHERE card_id = ANY($1::text[])', [ids]),
    ctx.services.pool.query<{ cardId: string; beneficiaryId: string }>('SELECT card_id AS "cardId", beneficiary_id AS "beneficiaryId" FROM medcard_beneficiaries WHERE card_id = ANY($1::text[])', [ids]),
  ]);
  const holderOf = new Map(holders.rows.map((r) => [r.cardId, r.userId]));
  const on = new Set(members.rows.map((r) => `${r.cardId}/${r.beneficiaryId}`));
  return new Set(cards.filter((c) => holderOf.get(c.cardId) === c.userId && c.beneficiaryIds.every((b) => on.has(`${c.cardId}/${b}`))).map((c) => c.cardId));
}

export interface NewCardRow {
  index: number;
  externalId: string;
  userId: string;
  nationalId: string;
  phone: string;
  birthDate: string;
  /** The holder's name for a patient created in this request; null: from the users row (resolveHolder). */
  name: string | null;
  card: NonNullable<MemberRowInput['card']>;
  family: NonNullable<MemberRowInput['family']>;
}

/**
 * Cards of many members at once: rows whose derived card stream is new are decided here (issue, activate,
 * family) and appended many streams per transaction. Returns the rows to do one by one with applyMemberCard:
 * cards that exist already (a re-run), a derived number another row of this batch also got, or a chunk that
 * lost a race.
 */
export async function issueNewCards(
  ctx: Context & { actor: Actor },
  organizationId: string,
  rows: NewCardRow[],
  onIssued: (index: number, cardId: string) => void,
  onError: (index: number, error: unknown) => void,
): Promise<Set<number>> {
  const now = ctx.services.clock();
  const meta = commandMeta(ctx.services, ctx.actor);
  const oneByOne = new Set<number>();
  const planned = rows.map((r) => ({ r, base: baseOf(organizationId, r.externalId), cardId: cardIdOf(baseOf(organizationId, r.externalId), 0) }));
  const exists = await existingStreams(ctx.services, planned.map((p) => p.cardId));
  const complete = await completeCards(ctx, planned.filter((p) => exists.has(p.cardId)).map((p) => ({
    cardId: p.cardId, userId: p.r.userId, beneficiaryIds: additionsOf(p.base, p.r.family, now).map((b) => b.beneficiaryId),
  })));
  const seen = new Set<string>();
  const fresh: typeof planned = [];
  for (const p of planned) {
    if (complete.has(p.cardId)) onIssued(p.r.index, p.cardId);
    else if (exists.has(p.cardId) || seen.has(p.cardId)) oneByOne.add(p.r.index);
    else fresh.push(p);
    seen.add(p.cardId);
  }
  const streams: (NewStream<MedCardEvent> & { index: number })[] = [];
  let next = 0;
  const work = async () => {
    while (next < fresh.length) {
      const { r, base, cardId } = fresh[next++] as (typeof fresh)[number];
      try {
        // One card per person (as medcard.issue): an existing patient who holds an open card gets none here.
        if (r.name === null && (await countOpenMedCardsOfHolder(ctx.services.pool, r.userId)) > 0) {
          throw new AppError('HOLDER_HAS_CARD', 'This patient already holds a MedCard; staff can issue a second one with a reason');
        }
        const beneficiaryId = derivedUuid(`${base}:self`);
        const holder: HolderInput = r.name !== null
          ? { userId: r.userId, beneficiaryId, name: r.name, nationalId: r.nationalId, dateOfBirth: r.birthDate, mobile: r.phone }
          : await resolveHolder(ctx.services.pool, r.userId, { nationalId: r.nationalId, mobile: r.phone }, beneficiaryId, now.toISOString());
        streams.push({ index: r.index, streamId: cardId, events: issueEvents(cardId, holder, r.card, additionsOf(base, r.family, now), meta, now) });
      } catch (error) {
        onError(r.index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, work));
  const failed = await appendNewStreams(ctx.services, ctx.services.aggregates.medcard, ctx.actor, 'members.card', streams, ctx.request);
  for (const s of streams) {
    if (failed.has(s.streamId)) oneByOne.add(s.index);
    else onIssued(s.index, s.streamId);
  }
  return oneByOne;
}

export interface MemberCardResult {
  cardId: string;
  issued: boolean;
  beneficiariesAdded: number;
}

/**
 * The member's card and family, idempotently: the card number and beneficiary ids are derived from the
 * organization and externalId (and the beneficiary's keyed national-ID hash), so a re-run finds what the first
 * run issued and adds only what is missing. Issue, activation and additions are appended together (all or none).
 */
export async function applyMemberCard(
  ctx: Context & { actor: Actor },
  m: { organizationId: string; externalId: string; userId: string; nationalId: string; phone: string },
  card: NonNullable<MemberRowInput['card']>,
  family: MemberRowInput['family'] = [],
): Promise<MemberCardResult> {
  const now = ctx.services.clock();
  const base = baseOf(m.organizationId, m.externalId);
  const holder = await resolveHolder(ctx.services.pool, m.userId, { nationalId: m.nationalId, mobile: m.phone }, derivedUuid(`${base}:self`), now.toISOString());
  const additions = additionsOf(base, family, now);
  for (let attempt = 0; ; attempt++) {
    const cardId = cardIdOf(base, attempt);
    // Set by the last decision (a retried append decides again on fresher state).
    let issued = false;
    let beneficiariesAdded = 0;
    try {
      await executeCommand(ctx.services, {
        operation: 'members.card',
        input: { organizationId: m.organizationId, externalId: m.externalId, card, family },
        actor: ctx.actor,
        idempotencyKey: null,
        request: ctx.request,
        aggregates: ctx.services.aggregates.medcard,
        streams: [cardId],
        decide(states, meta) {
          let state: MedCardState = states.get(cardId) ?? { status: 'none' };
          if (state.status !== 'none' && state.holder.userId !== m.userId) throw new NumberTakenByAnother();
          const commands: Omit<MedCardCommand, 'meta'>[] = [];
          issued = state.status === 'none';
          beneficiariesAdded = 0;
          if (issued) {
            const tier = card.tier as MedCardTier;
            commands.push(
              { type: 'IssueMedCard', data: { cardId, tier, holder, expiresAt: new Date(now.getTime() + YEAR_MS).toISOString(), ...(card.monthlyLimit && { monthlyLimit: card.monthlyLimit }), ...(card.copaymentPercent !== undefined && { copaymentPercent: card.copaymentPercent }) } },
              { type: 'ActivateMedCard', data: { cardId } },
            );
          }
          const events: MedCardEvent[] = [];
          for (const body of commands) {
            const decided = decideMedCard({ ...body, meta } as MedCardCommand, state);
            state = decided.reduce(evolveMedCard, state);
            events.push(...decided);
          }
          for (const beneficiary of additions) {
            if (state.status !== 'none' && beneficiary.beneficiaryId in state.beneficiaries) continue;
            const decided = decideMedCard({ type: 'AddBeneficiary', data: { cardId, beneficiary }, meta }, state);
            state = decided.reduce(evolveMedCard, state);
            events.push(...decided);
            beneficiariesAdded++;
          }
          return new Map([[cardId, events]]);
        },
        result: () => null,
      });
      return { cardId, issued, beneficiariesAdded };
    } catch (error) {
      if (!(error instanceof NumberTakenByAnother) || attempt + 1 >= ATTEMPTS) throw error;
    }
  }
}
