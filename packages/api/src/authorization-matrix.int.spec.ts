import { randomUUID } from 'node:crypto';
import { cardNumberFromUuid } from '@healthpay/db';
import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from './errors/app-error';
import type { AppErrorCode } from './errors/error-codes';
import { seedDemoCredentials } from './identity/demo-credentials';
import type { RouterInputs } from './index';
import { restV1Handler } from './rest/v1/handler';
import { restRoutes } from './rest/v1/routes';
import { appRouter, createCaller } from './root';
import { apiHarness, type Harness } from './testing/harness';
import { uploadAs } from './testing/documents';
import { activeCard, rxLine } from './testing/medcards';
import { capturedSms } from './testing/sms';
import { freshEmail, invitationFor, scratchAccount } from './testing/invitations';
import { payByCard, paymentRig, untilPayment, type PaymentRig } from './testing/payments';
import { PAYMOB_TEST_CARDS } from '@healthpay/payment-sandbox';
import { cairoDay, periodOf, settlementIdOf } from '@healthpay/domain';

/*
 * Who may call what, stated by hand from the access policy (NOT read from meta.access: the point is a
 * second, independent statement of intent). Every procedure is called as every role with an input that is
 * valid for it, so an answer is about access, not validation: denied roles get UNAUTHORIZED (anonymous) or
 * FORBIDDEN, allowed roles get exactly the outcome listed (usually success, sometimes a domain answer that
 * can only come after the access check). A procedure missing from this table fails the spec.
 */

const ROLES = ['anonymous', 'patient', 'pharmacist', 'pharmacist-other-pharmacy', 'support', 'claims_reviewer', 'finance', 'superadmin', 'organization'] as const;
type Role = (typeof ROLES)[number];

const userOf: Record<Role, string | null> = {
  anonymous: null,
  patient: 'u-ahmed',
  pharmacist: 'u-pharmacist',
  'pharmacist-other-pharmacy': 'u-pharmacist-seif',
  support: 'u-support',
  claims_reviewer: 'u-reviewer',
  finance: 'u-finance',
  superadmin: 'u-admin',
  // An employer's integration token (set up in beforeAll): it acts as the organization, not as a user.
  organization: null,
};
const pharmacyOf: Partial<Record<Role, string>> = { pharmacist: 'ph-ezaby-maadi', 'pharmacist-other-pharmacy': 'ph-seif-smouha' };

// The policy, in its own words.
const EVERYONE: readonly Role[] = ROLES;
/** 'authenticated' procedures: every user; an organization token is admitted only where it is listed by name. */
const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'anonymous' && r !== 'organization');
const PHARMACISTS: readonly Role[] = ['pharmacist', 'pharmacist-other-pharmacy'];
/** readPatients, and account.* (every staff member's own sign-in settings). */
const STAFF: readonly Role[] = ['support', 'claims_reviewer', 'finance', 'superadmin'];
const manageAccounts: readonly Role[] = ['support', 'superadmin'];
const moveMoney: readonly Role[] = ['finance', 'superadmin'];
const changeCardTerms: readonly Role[] = ['finance', 'superadmin'];
const reviewClaims: readonly Role[] = ['claims_reviewer', 'superadmin'];
const seeAnalytics: readonly Role[] = ['finance', 'superadmin'];
const administerSecurity: readonly Role[] = ['superadmin'];
/** The ledger and insurer invoices. */
const keepBooks: readonly Role[] = ['finance', 'superadmin'];
/** Pharmacists' invitations: support and superadmins, and a pharmacy's manager (El Ezaby's pharmacist is one). */
const PHARMACY_MANAGER_OR_STAFF: readonly Role[] = ['pharmacist', 'support', 'superadmin'];

type Outcome = 'ok' | AppErrorCode;
interface Row<I> {
  allowed: readonly Role[];
  /** A valid input when called as `role`; for records, one that role should own when it is allowed. */
  input: (role: Role) => I | Promise<I>;
  /** What an allowed role gets (default 'ok'); a domain code here is only reachable past the access check. */
  outcome?: Outcome;
}
type Table = { [R in keyof RouterInputs]: { [P in keyof RouterInputs[R]]: Row<RouterInputs[R][P]> } };

const AHMED_WALLET = demoWallets.ahmed.walletId;
const MONA_WALLET = demoWallets.mona.walletId;
const AHMED_CARD = demoMedCards.ahmed.cardId;
const OMAR_CARD = demoMedCards.omar.cardId;
/** Seeded claims on Ahmed's card: 1001 dispensed by El Ezaby (Maadi), 1002 by Seif (Smouha). */
const EZABY_RX = 'RX-DEMO-1001';
const SEIF_RX = 'RX-DEMO-1002';
/** A document the role's user uploaded (each filing attaches its own); roles without a user name an unknown id. */
const docsOf = async (role: Role) => {
  const user = userOf[role];
  return [user === null ? randomUUID() : (await uploadAs(h.services, user)).documentId];
};
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

let h: Harness;
/** A card of Omar's for commands that change a card (the seeded cards stay as the other specs know them). */
let scratchCard = '';
let serial = 1000;
/** A child's national ID (born 2018-02-15), new each time. */
const childNationalId = () => `318021501${String(serial++).padStart(4, '0')}5`;

const callerOf = async (role: Role) => {
  const request = { ip: `198.51.100.${ROLES.indexOf(role) + 1}`, userAgent: 'authz-matrix' };
  if (role === 'organization') return createCaller({ services: h.services, actor: ORG_ACTOR, idempotencyKey: null, request });
  return h.as(userOf[role], { request });
};
/** The matrix's organization, its member (enrolled with a card in beforeAll) and its REST token. */
const ORG = 'matrix-org';
const ORG_ACTOR = { userId: `org:${ORG}`, role: 'organization' as const, pharmacyId: null, organizationId: ORG };
const ORG_MEMBER = 'M-MATRIX';
/** Members without a card (one per person): the organization's own card issues over tRPC and REST. */
const ORG_MEMBER_NO_CARD = { trpc: 'M-MATRIX-T', rest: 'M-MATRIX-R' };
let orgCard = '';
let orgToken = '';
let orgSerial = 100;
/** A person nobody has enrolled yet (national ID born 1990-01-01, a fresh mobile). */
const newPerson = (externalId: string) => {
  const n = orgSerial++;
  return { externalId, nationalId: `290010101${String(n).padStart(4, '0')}5`, phone: `+20156${String(n).padStart(7, '0')}`, nameEn: 'Matrix Member' };
};
const isOrg = (role: Role) => role === 'organization';
const admin = () => h.as('u-admin');
const ownPharmacy = (role: Role) => pharmacyOf[role];
const claimBody = (role: Role) => ({
  cardId: OMAR_CARD,
  prescriptionId: `rx-matrix-${randomUUID()}`,
  beneficiaryId: demoMedCards.omar.self,
  // Staff name the pharmacy; pharmacists act for their own.
  ...(pharmacyOf[role] ? {} : { pharmacyId: 'ph-ezaby-maadi' }),
  lines: [rxLine(`D-${randomUUID().slice(0, 8)}`, 2, 150)],
  submittedTotal: 300,
});

/** Copay requests: SMS codes are captured, not sent. */
const sms = capturedSms();
/** A claim of `role`'s pharmacy (a pharmacist) on a card, and the copay requested for it from the holder's wallet. */
const copayRequested = async (role: Role, cardId: string = OMAR_CARD, beneficiaryId: string = demoMedCards.omar.self) => {
  const pharmacist = await callerOf(role);
  const claim = await pharmacist.claims.submit({ ...claimBody(role), cardId, beneficiaryId });
  return pharmacist.copay.request({ cardId, prescriptionId: claim.prescriptionId });
};
/** Pharmacy onboarding: a new pharmacy per call of `create`, and scratch pharmacies in each status, made once. */
const seeSettlementAccounts: readonly Role[] = ['finance', 'superadmin'];
const newPharmacy = () => ({
  nameEn: 'Matrix Pharmacy', nameAr: 'صيدلية المصفوفة', governorate: '21' as const, city: 'Dokki', address: '1 Matrix St',
  licenceNumber: `MX-${serial++}`, commercialRegistration: '4242', iban: 'EG380019000500000000263180002',
});
const scratchPharmacies = new Map<string, Promise<string>>();
const scratchPharmacy = (status: 'pending' | 'active' | 'suspended') => {
  if (!scratchPharmacies.has(status)) {
    scratchPharmacies.set(status, (async () => {
      const a = await admin();
      const { id } = await a.pharmacies.create(newPharmacy());
      if (status !== 'pending') await a.pharmacies.activate({ pharmacyId: id });
      if (status === 'suspended') await a.pharmacies.suspend({ pharmacyId: id, reason: 'matrix' });
      return id;
    })());
  }
  return scratchPharmacies.get(status) as Promise<string>;
};

/** Fee schedules and settlements: finance and superadmins; pharmacists read their own pharmacy's statements. */
const settlePharmacies: readonly Role[] = ['finance', 'superadmin'];
/** This week's statement of a pharmacy (open, so close/approve/pay/dispute get a domain answer past the access check). */
const statements = new Map<string, Promise<string>>();
const currentStatement = (pharmacyId: string) => {
  if (!statements.has(pharmacyId)) {
    statements.set(pharmacyId, (async () => {
      const role: Role = pharmacyId === 'ph-seif-smouha' ? 'pharmacist-other-pharmacy' : 'pharmacist';
      // A card of its own, so other rows' claims cannot use up the benefit this approval needs.
      const card = await activeCard(h, 'u-omar', { monthlyLimit: 1_000_000 });
      await (await callerOf(role)).claims.submit({ ...claimBody(role), cardId: card.cardId, beneficiaryId: card.holder.beneficiaryId });
      await h.project();
      return settlementIdOf(pharmacyId, periodOf(cairoDay(new Date().toISOString()), 'week'));
    })());
  }
  return statements.get(pharmacyId) as Promise<string>;
};
const ownStatement = async (role: Role) => ({ settlementId: await currentStatement(ownPharmacy(role) ?? 'ph-ezaby-maadi') });

/** Input for a role the procedure refuses: valid in shape, never reached. */
const someCollection = () => ({ collectionId: randomUUID() });

const table: Table = {
  auth: {
    requestOtp: { allowed: EVERYONE, input: (role) => ({ phone: `+2010000000${ROLES.indexOf(role)}${ROLES.indexOf(role)}` }) },
  },
  registration: {
    start: { allowed: EVERYONE, input: (role) => ({ phone: `+2011100000${ROLES.indexOf(role)}${ROLES.indexOf(role)}` }) },
    complete: {
      allowed: EVERYONE,
      input: async (role) => {
        const i = ROLES.indexOf(role);
        const phone = `+2012200000${i}${i}`;
        await (await h.as(null, { request: { ip: '203.0.113.9', userAgent: 'authz-matrix' } })).registration.start({ phone });
        const nationalId = `2900615012${i}${i}15`;
        return { phone, code: sms.lastCode(), nameAr: 'مريض جديد', nameEn: 'New Patient', nationalId, consentVersion: '2026-12' as const };
      },
    },
  },
  session: {
    me: { allowed: SIGNED_IN, input: () => ({}) },
  },
  // A subscription: opening it is the access check; what it then carries is per caller (live-changes.int.spec).
  live: {
    changes: { allowed: SIGNED_IN, input: () => undefined },
  },
  account: {
    totpStatus: { allowed: STAFF, input: () => undefined },
    startTotp: { allowed: STAFF, input: () => ({}) },
    // A wrong code: refused by the code check, which only runs past the access check.
    confirmTotp: { allowed: STAFF, input: () => ({ code: '000000' }), outcome: 'VALIDATION_FAILED' },
    disableTotp: { allowed: STAFF, input: () => ({ code: '000000' }), outcome: 'VALIDATION_FAILED' },
    endSessions: { allowed: SIGNED_IN, input: () => ({}) },
    setLocale: { allowed: SIGNED_IN, input: () => ({ locale: 'ar' }) },
  },
  patients: {
    search: { allowed: manageAccounts, input: () => ({ query: 'Omar' }) },
  },
  users: {
    endSessions: { allowed: manageAccounts, input: () => ({ userId: 'u-omar' }) },
  },
  payments: {
    topUp: { allowed: ['patient'], input: () => ({ walletId: AHMED_WALLET, provider: 'fawry' as const, amount: 10_000, locale: 'en' as const }) },
    providers: { allowed: SIGNED_IN, input: () => ({}) },
    get: { allowed: ['patient', ...STAFF], input: () => ({ paymentId: paidPayment }) },
    mine: { allowed: ['patient'], input: () => ({ limit: 5 }) },
    cancel: { allowed: ['patient'], input: async (role) => ({ paymentId: role === 'patient' ? await ahmedsFawryCode() : paidPayment }) },
    list: { allowed: STAFF, input: () => ({ limit: 5 }) },
    detail: { allowed: STAFF, input: () => ({ paymentId: paidPayment }) },
    // One pound back per allowed call: the paid top-up has plenty left.
    refund: { allowed: moveMoney, input: () => ({ paymentId: paidPayment, amount: 100, reason: 'matrix', kind: 'refund' as const }) },
    resolveReview: { allowed: moveMoney, input: () => ({ paymentId: paidPayment, note: 'matrix' }), outcome: 'PAYMENT_NOT_IN_REVIEW' },
    unmatched: { allowed: moveMoney, input: () => ({ limit: 5 }) },
    reconciliation: { allowed: moveMoney, input: () => ({ provider: 'paymob' as const, date: new Date().toISOString().slice(0, 10) }) },
    providerHealth: { allowed: STAFF, input: () => ({}) },
  },
  pharmacies: {
    create: { allowed: manageAccounts, input: newPharmacy },
    updateDetails: {
      allowed: manageAccounts,
      input: async () => ({
        pharmacyId: await scratchPharmacy('pending'),
        details: { nameEn: 'Matrix Pharmacy', nameAr: 'صيدلية المصفوفة', governorate: '21' as const, city: `Giza ${serial++}`, address: '1 Matrix St' },
      }),
    },
    changeSettlementAccount: { allowed: seeSettlementAccounts, input: async () => ({ pharmacyId: await scratchPharmacy('active'), iban: 'EG800002000156789012345180002' }) },
    // The first allowed call activates, the next ones find it active already (nothing to do, still ok).
    activate: { allowed: manageAccounts, input: async () => ({ pharmacyId: await scratchPharmacy('pending') }) },
    suspend: { allowed: manageAccounts, input: async () => ({ pharmacyId: await scratchPharmacy('active'), reason: 'matrix' }) },
    reinstate: { allowed: manageAccounts, input: async () => ({ pharmacyId: await scratchPharmacy('suspended') }) },
    list: { allowed: STAFF, input: () => ({ limit: 5 }) },
    // Pharmacists: their own pharmacy only (another is not found for them; see the REST spec).
    get: { allowed: [...PHARMACISTS, ...STAFF], input: (role) => ({ pharmacyId: ownPharmacy(role) ?? 'ph-ezaby-maadi' }) },
    revealIban: { allowed: seeSettlementAccounts, input: () => ({ pharmacyId: 'ph-ezaby-maadi' }) },
    mine: { allowed: PHARMACISTS, input: () => undefined },
  },
  wallet: {
    open: { allowed: manageAccounts, input: () => ({ walletId: randomUUID(), ownerId: 'u-omar', secondWalletReason: 'authz matrix: another wallet' }) },
    // Mona's wallet is active already: the domain refuses, after access was granted.
    changeStatus: { allowed: manageAccounts, input: () => ({ walletId: MONA_WALLET, action: 'activate' as const }), outcome: 'INVALID_STATE_TRANSITION' },
    credit: { allowed: moveMoney, input: () => ({ walletId: AHMED_WALLET, amount: 100, reference: 'authz matrix' }) },
    debit: { allowed: ['patient', ...moveMoney], input: () => ({ walletId: AHMED_WALLET, amount: 1, reference: 'authz matrix' }) },
    transfer: {
      allowed: ['patient', ...moveMoney],
      input: () => ({ transferId: randomUUID(), fromWalletId: AHMED_WALLET, to: { walletId: MONA_WALLET }, amount: 1 }),
    },
    // Patients only (the transfer's confirm step); Mona has a wallet on that phone.
    recipient: { allowed: ['patient'], input: () => ({ phone: '01112345678' }) },
    // The generic hold procedures stay staff-only: pharmacists reach only their own pharmacy's holds, through copay.*.
    placeHold: {
      allowed: [...moveMoney],
      input: () => ({ walletId: AHMED_WALLET, holdId: randomUUID(), amount: 1, expiresAt: inAnHour(), reference: 'authz matrix' }),
    },
    captureHold: {
      allowed: [...moveMoney],
      input: async () => {
        const holdId = randomUUID();
        await (await admin()).wallet.placeHold({ walletId: AHMED_WALLET, holdId, amount: 2, expiresAt: inAnHour(), reference: 'to capture' });
        return { walletId: AHMED_WALLET, holdId, amount: 1 };
      },
    },
    voidHold: {
      allowed: [...moveMoney],
      input: async () => {
        const holdId = randomUUID();
        await (await admin()).wallet.placeHold({ walletId: AHMED_WALLET, holdId, amount: 1, expiresAt: inAnHour(), reference: 'to void' });
        return { walletId: AHMED_WALLET, holdId };
      },
    },
    get: { allowed: ['patient', ...STAFF], input: () => ({ walletId: AHMED_WALLET }) },
    mine: { allowed: ['patient'], input: () => undefined },
    history: { allowed: ['patient', ...STAFF], input: () => ({ walletId: AHMED_WALLET }) },
    holds: { allowed: ['patient', ...STAFF], input: () => ({ walletId: AHMED_WALLET }) },
    search: { allowed: STAFF, input: () => ({ query: 'Omar' }) },
    events: { allowed: STAFF, input: () => ({ walletId: AHMED_WALLET }) },
  },
  medcard: {
    // An organization names its member by externalId; a second card for the member is fine.
    // Omar holds a card: staff give a reason for a second; the organization's member holds none.
    issue: {
      allowed: [...manageAccounts, 'organization'],
      input: (role) => (isOrg(role) ? { userId: ORG_MEMBER_NO_CARD.trpc, tier: 'silver' as const } : { userId: 'u-omar', tier: 'silver' as const, secondCardReason: 'authz matrix: another card' }),
    },
    get: { allowed: ['patient', ...STAFF, 'organization'], input: (role) => ({ cardId: isOrg(role) ? orgCard : AHMED_CARD }) },
    search: { allowed: STAFF, input: () => ({ query: 'Omar' }) },
    findByNationalId: { allowed: STAFF, input: () => ({ nationalId: '29206150101357' }) },
    changeStatus: { allowed: manageAccounts, input: () => ({ cardId: scratchCard, action: 'activate' as const }), outcome: 'INVALID_STATE_TRANSITION' },
    changeTier: { allowed: changeCardTerms, input: () => ({ cardId: scratchCard, tier: 'gold' as const }), outcome: 'TIER_UNCHANGED' },
    changeMonthlyLimit: { allowed: changeCardTerms, input: () => ({ cardId: scratchCard, monthlyLimit: 500_000 }) },
    changeCopayment: { allowed: changeCardTerms, input: () => ({ cardId: scratchCard, copaymentPercent: 20 }) },
    mine: { allowed: ['patient'], input: () => undefined },
    lookup: { allowed: [...PHARMACISTS, ...STAFF], input: () => ({ cardNumber: AHMED_CARD }) },
  },
  beneficiaries: {
    add: { allowed: [...manageAccounts, 'organization'], input: (role) => ({ cardId: isOrg(role) ? orgCard : scratchCard, relationship: 'child' as const, name: 'Matrix Child', nationalId: childNationalId() }) },
    remove: {
      allowed: manageAccounts,
      input: async () => {
        const beneficiaryId = randomUUID();
        await (await admin()).beneficiaries.add({ cardId: scratchCard, beneficiaryId, relationship: 'child', name: 'To Remove', nationalId: childNationalId() });
        return { cardId: scratchCard, beneficiaryId };
      },
    },
    list: { allowed: ['patient', ...STAFF, 'organization'], input: (role) => ({ cardId: isOrg(role) ? orgCard : AHMED_CARD }) },
    // Full national IDs: support, claims reviewers, superadmins; never finance, pharmacists or patients.
    revealNationalId: {
      allowed: ['support', 'claims_reviewer', 'superadmin'],
      input: () => ({ cardId: AHMED_CARD, beneficiaryId: demoMedCards.ahmed.spouse, reason: 'authorization matrix' }),
    },
  },
  claims: {
    submit: { allowed: [...PHARMACISTS, 'superadmin'], input: claimBody },
    preview: { allowed: [...PHARMACISTS, 'superadmin'], input: claimBody },
    get: {
      allowed: ['patient', ...PHARMACISTS, ...STAFF],
      input: (role) => ({ cardId: AHMED_CARD, prescriptionId: role === 'pharmacist-other-pharmacy' ? SEIF_RX : EZABY_RX }),
    },
    byCard: { allowed: ['patient', ...STAFF], input: () => ({ cardId: AHMED_CARD }) },
    byPharmacy: { allowed: [...PHARMACISTS, ...STAFF], input: (role) => ({ pharmacyId: ownPharmacy(role) ?? 'ph-ezaby-maadi' }) },
    search: { allowed: PHARMACISTS, input: () => ({ patientName: 'a' }) },
    refillOverride: { allowed: reviewClaims, input: () => ({ cardId: scratchCard, drugCode: 'EG-AUG1G', reason: 'lost medication' }) },
    // A pharmacist reverses their own pharmacy's claim (same day); staff who decide claims or move money, any claim.
    reverse: {
      allowed: PHARMACISTS,
      input: async (role) => {
        const claim = PHARMACISTS.includes(role) ? await (await callerOf(role)).claims.submit(claimBody(role)) : { prescriptionId: 'rx-matrix-none' };
        return { cardId: OMAR_CARD, prescriptionId: claim.prescriptionId, reason: 'PATIENT_LEFT' as const };
      },
    },
    staffReverse: {
      allowed: ['claims_reviewer', 'finance', 'superadmin'],
      input: async () => {
        const claim = await (await callerOf('pharmacist')).claims.submit(claimBody('pharmacist'));
        return { cardId: OMAR_CARD, pharmacyId: 'ph-ezaby-maadi', prescriptionId: claim.prescriptionId, reason: 'WRONG_CARD' as const };
      },
    },
  },
  // Pharmacists collect copays only for their own pharmacy's claims; the patient approves only on their own wallet.
  copay: {
    request: {
      allowed: PHARMACISTS,
      input: async (role) => {
        if (!PHARMACISTS.includes(role)) return { cardId: OMAR_CARD, prescriptionId: 'rx-matrix-none' };
        const claim = await (await callerOf(role)).claims.submit(claimBody(role));
        return { cardId: OMAR_CARD, prescriptionId: claim.prescriptionId };
      },
    },
    confirm: {
      allowed: PHARMACISTS,
      input: async (role) => {
        if (!PHARMACISTS.includes(role)) return { ...someCollection(), code: '123456' };
        const { collectionId } = await copayRequested(role);
        return { collectionId, code: sms.lastCode() };
      },
    },
    cancel: { allowed: PHARMACISTS, input: async (role) => (PHARMACISTS.includes(role) ? { collectionId: (await copayRequested(role)).collectionId } : someCollection()) },
    status: { allowed: PHARMACISTS, input: async (role) => (PHARMACISTS.includes(role) ? { collectionId: (await copayRequested(role)).collectionId } : someCollection()) },
    pending: { allowed: ['patient'], input: () => ({}) },
    approve: {
      allowed: ['patient'],
      // A copay the demo pharmacist asked of Ahmed's wallet (Ahmed is the patient here).
      input: async (role) => (role === 'patient' ? { collectionId: (await copayRequested('pharmacist', AHMED_CARD, demoMedCards.ahmed.self)).collectionId } : someCollection()),
    },
  },
  insurance: {
    file: { allowed: [...PHARMACISTS, ...reviewClaims], input: async (role) => ({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf(role) }) },
    review: {
      allowed: reviewClaims,
      input: async () => {
        const filed = await (await admin()).insurance.file({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf('superadmin') });
        return { cardId: AHMED_CARD, claimId: filed.claimId, decision: 'return' as const, note: 'Add the prescription scan' };
      },
    },
    resubmit: {
      allowed: [...PHARMACISTS, ...reviewClaims],
      input: async (role) => {
        // A returned claim this role filed (pharmacists resubmit only their own; staff any).
        const filer = PHARMACISTS.includes(role) ? await callerOf(role) : await admin();
        const filed = await filer.insurance.file({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf(PHARMACISTS.includes(role) ? role : 'superadmin') });
        await (await admin()).insurance.review({ cardId: AHMED_CARD, claimId: filed.claimId, decision: 'return', note: 'Add the scan' });
        return { cardId: AHMED_CARD, claimId: filed.claimId, amount: 900 };
      },
    },
    queue: { allowed: STAFF, input: () => ({ status: 'all' as const }) },
    mine: { allowed: PHARMACISTS, input: () => ({}) },
  },
  analytics: {
    spendByMonth: { allowed: seeAnalytics, input: () => ({}) },
    spendByPharmacy: { allowed: seeAnalytics, input: () => ({}) },
    topDrugs: { allowed: seeAnalytics, input: () => ({ limit: 5 }) },
    claimOutcomes: { allowed: seeAnalytics, input: () => ({}) },
  },
  audit: {
    list: { allowed: administerSecurity, input: () => ({ limit: 5 }) },
  },
  system: {
    status: { allowed: ['support', 'superadmin'], input: () => ({}) },
  },
  invitations: {
    inviteStaff: { allowed: administerSecurity, input: () => ({ email: freshEmail('matrix-staff'), role: 'support' as const }) },
    // Staff name the pharmacy; El Ezaby's pharmacist is its manager (Seif's is a plain pharmacist: refused).
    invitePharmacist: { allowed: PHARMACY_MANAGER_OR_STAFF, input: (role) => ({ email: freshEmail('matrix-ph'), ...(pharmacyOf[role] ? {} : { pharmacyId: 'ph-ezaby-maadi' }) }) },
    list: { allowed: PHARMACY_MANAGER_OR_STAFF, input: () => ({ kind: 'pharmacists' as const }) },
    revoke: { allowed: PHARMACY_MANAGER_OR_STAFF, input: async () => ({ id: (await invitationFor(h.services, { role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi' })).id }) },
    resend: { allowed: PHARMACY_MANAGER_OR_STAFF, input: async () => ({ id: (await invitationFor(h.services, { role: 'pharmacist', pharmacyId: 'ph-ezaby-maadi' })).id }) },
    inspect: { allowed: EVERYONE, input: async () => ({ token: (await invitationFor(h.services, { role: 'support' })).token }) },
    startTotp: { allowed: EVERYONE, input: async () => ({ token: (await invitationFor(h.services, { role: 'superadmin' })).token }) },
    accept: {
      allowed: EVERYONE,
      input: async () => ({ token: (await invitationFor(h.services, { role: 'support' })).token, name: 'Matrix Invitee', password: 'matrix-password-2026' }),
    },
  },
  staff: {
    list: { allowed: administerSecurity, input: () => ({ kind: 'staff' as const }) },
    changeRole: { allowed: administerSecurity, input: async () => ({ userId: await scratchAccount(h.services, 'support'), role: 'finance' as const }) },
    deactivate: { allowed: administerSecurity, input: async () => ({ userId: await scratchAccount(h.services, 'support'), reason: 'Left the company' }) },
    reactivate: { allowed: administerSecurity, input: async () => ({ userId: await scratchAccount(h.services, 'support') }) },
  },
  team: {
    list: { allowed: ['pharmacist'], input: () => ({}) },
    remove: { allowed: ['pharmacist'], input: async () => ({ userId: await scratchAccount(h.services, 'pharmacist', 'ph-ezaby-maadi'), reason: 'Moved branch' }) },
  },
  organizations: {
    create: { allowed: administerSecurity, input: (role) => ({ id: `matrix-${role}`, kind: 'insurer' as const, name: 'Matrix Insurer', nameAr: 'شركة تأمين' }) },
    list: { allowed: administerSecurity, input: () => ({}) },
    issueToken: { allowed: administerSecurity, input: () => ({ organizationId: ORG, name: 'Matrix token' }) },
  },
  members: {
    // Staff enroll under HealthPay's organization, the token under its own.
    enroll: { allowed: [...manageAccounts, 'organization'], input: (role) => newPerson(`E-${role}`) },
    bulk: { allowed: [...manageAccounts, 'organization'], input: (role) => ({ rows: [newPerson(`B-${role}`), { externalId: 'bad row' }] }) },
    get: { allowed: [...STAFF, 'organization'], input: () => ({ externalId: ORG_MEMBER }) },
    list: { allowed: [...STAFF, 'organization'], input: () => ({}) },
  },
  tokens: {
    issue: { allowed: administerSecurity, input: () => ({ userId: 'u-pharmacist', pharmacyId: 'ph-ezaby-maadi', name: 'Matrix POS' }) },
    list: { allowed: administerSecurity, input: () => ({}) },
    pharmacists: { allowed: administerSecurity, input: () => undefined },
    revoke: {
      allowed: administerSecurity,
      input: async () => {
        const issued = await (await admin()).tokens.issue({ userId: 'u-pharmacist', pharmacyId: 'ph-ezaby-maadi', name: 'To revoke' });
        return { id: issued.apiToken.id };
      },
    },
  },
  settlements: {
    // Far in the future and the same each time: the first call sets it, the others change nothing (still ok).
    setFeeSchedule: { allowed: settlePharmacies, input: () => ({ scope: { kind: 'default' as const }, percentBps: 100, fixedPerClaim: 0, effectiveFrom: '2099-01-01', reason: 'authz matrix' }) },
    feeSchedules: { allowed: settlePharmacies, input: () => undefined },
    list: { allowed: [...PHARMACISTS, ...settlePharmacies], input: (role) => ({ pharmacyId: ownPharmacy(role), limit: 5 }) },
    // Pharmacists: their own pharmacy's statement (another one is not found for them; see settlements.int.spec.ts).
    get: { allowed: [...PHARMACISTS, ...settlePharmacies], input: ownStatement },
    export: { allowed: [...PHARMACISTS, ...settlePharmacies], input: async (role) => ({ ...(await ownStatement(role)), format: 'csv' as const, locale: 'ar' as const }) },
    // This week's statement is still open: the domain answers once access is granted.
    close: { allowed: settlePharmacies, input: ownStatement, outcome: 'SETTLEMENT_PERIOD_NOT_OVER' },
    approve: { allowed: settlePharmacies, input: ownStatement, outcome: 'SETTLEMENT_NOT_CLOSED' },
    markPaid: { allowed: settlePharmacies, input: async (role) => ({ ...(await ownStatement(role)), payoutReference: 'MATRIX-1' }), outcome: 'SETTLEMENT_NOT_CLOSED' },
    dispute: { allowed: settlePharmacies, input: async (role) => ({ ...(await ownStatement(role)), reason: 'matrix' }), outcome: 'SETTLEMENT_NOT_CLOSED' },
  },
  ledger: {
    trialBalance: { allowed: keepBooks, input: () => ({ day: '2026-12-01' }) },
    accounts: { allowed: keepBooks, input: () => ({ day: '2026-12-01', kind: 'wallet' as const }) },
    statement: { allowed: keepBooks, input: () => ({ account: 'bank', day: '2026-12-01' }) },
  },
  insurerInvoices: {
    insurers: { allowed: keepBooks, input: () => undefined },
    list: { allowed: keepBooks, input: () => ({}) },
    // A month without claims and an invoice nobody drafted: the domain answers once access is granted.
    get: { allowed: keepBooks, input: () => ({ invoiceId: 'insurer-invoice:misr-insurance:2001-01' }), outcome: 'INSURER_INVOICE_NOT_FOUND' },
    draft: { allowed: keepBooks, input: () => ({ insurerKey: 'misr-insurance', month: '2001-01' }), outcome: 'INSURER_INVOICE_EMPTY' },
    issue: { allowed: keepBooks, input: () => ({ invoiceId: 'insurer-invoice:misr-insurance:2001-01' }), outcome: 'INSURER_INVOICE_NOT_FOUND' },
    recordPayment: { allowed: keepBooks, input: () => ({ invoiceId: 'insurer-invoice:misr-insurance:2001-01', amount: 100, reference: 'MATRIX-1' }), outcome: 'INSURER_INVOICE_NOT_FOUND' },
    creditReversedClaims: { allowed: keepBooks, input: () => ({ invoiceId: 'insurer-invoice:misr-insurance:2001-01' }), outcome: 'INSURER_INVOICE_NOT_FOUND' },
  },
};

type AnyRow = Row<unknown>;
const rows: [string, AnyRow][] = Object.entries(table).flatMap(([ns, procs]) =>
  Object.entries(procs as Record<string, AnyRow>).map(([name, row]) => [`${ns}.${name}`, row] as [string, AnyRow]),
);
const rowOf = new Map(rows);

type Caller = Awaited<ReturnType<Harness['as']>>;
const procedureAt = (caller: Caller, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;

/** 'ok', or the tRPC and app codes of the refusal (anything that is not a TRPCError is rethrown: a bug). */
async function attempt(caller: Caller, path: string, input: unknown): Promise<{ trpc: string; app: string }> {
  try {
    await procedureAt(caller, path)(input);
    return { trpc: 'ok', app: 'ok' };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { trpc: error.code, app: error.cause instanceof AppError ? error.cause.code : 'none' };
  }
}

/** A card top-up of Ahmed's, paid at the sandbox checkout (callback delivered over HTTP), and its id. */
let rig: PaymentRig;
let paidPayment = '';
const ahmedsFawryCode = async () => (await (await h.as('u-ahmed')).payments.topUp({ walletId: AHMED_WALLET, provider: 'fawry', amount: 5_000, locale: 'ar' })).paymentId;

beforeAll(async () => {
  h = await apiHarness();
  h.services.sms = sms.sender;
  rig = await paymentRig(h.services);
  const topUp = await (await h.as('u-ahmed')).payments.topUp({ walletId: AHMED_WALLET, provider: 'paymob', amount: 20_000, locale: 'en' });
  paidPayment = topUp.paymentId;
  payByCard(rig, topUp.checkoutUrl, PAYMOB_TEST_CARDS.success);
  await untilPayment(h.services, paidPayment, (s) => s.status === 'succeeded');
  await seedDemoCredentials(h.services.pool);
  scratchCard = (await activeCard(h, 'u-omar', { tier: 'gold' })).cardId;
  const a = await admin();
  await a.organizations.create({ id: ORG, kind: 'employer', name: 'Matrix Employer', nameAr: 'صاحب عمل' });
  orgToken = (await a.organizations.issueToken({ organizationId: ORG, name: 'matrix' })).token;
  const enrolled = await a.members.bulk({
    organizationId: ORG,
    rows: [{ ...newPerson(ORG_MEMBER), card: { tier: 'silver' } }, newPerson(ORG_MEMBER_NO_CARD.trpc), newPerson(ORG_MEMBER_NO_CARD.rest)],
  });
  orgCard = enrolled.results[0]?.cardId ?? '';
  // The same externalId under HealthPay's own organization, for staff reads.
  await a.members.bulk({ rows: [newPerson(ORG_MEMBER)] });
  await h.project();
});
afterAll(async () => {
  await rig.stop();
  await h.close();
});

describe('the authorization table', () => {
  it('names every procedure of the app router, and nothing else', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(rows.map(([path]) => path).sort()).toEqual(procedures);
  });

  it('names every REST v1 route’s procedure', () => {
    for (const r of restRoutes) expect(rowOf.has(r.procedure), r.procedure).toBe(true);
  });
});

describe('tRPC: every procedure as every role', () => {
  const cases = rows.flatMap(([path]) => ROLES.map((role) => [path, role] as const));

  it.each(cases)('%s as %s', async (path, role) => {
    const row = rowOf.get(path) as AnyRow;
    const input = await row.input(role);
    const got = await attempt(await callerOf(role), path, input);
    if (row.allowed.includes(role)) {
      expect({ path, role, outcome: got.app }).toEqual({ path, role, outcome: row.outcome ?? 'ok' });
    } else if (role === 'anonymous') {
      expect({ path, role, ...got }).toEqual({ path, role, trpc: 'UNAUTHORIZED', app: 'UNAUTHENTICATED' });
    } else {
      expect({ path, role, ...got }).toEqual({ path, role, trpc: 'FORBIDDEN', app: 'FORBIDDEN' });
    }
  });
});

describe('access before input', () => {
  it('a caller who may not call a procedure is refused as such, even with unstorable text in the input', async () => {
    const input = { walletId: AHMED_WALLET, amount: 1, reference: 'nul\u0000' };
    expect(await attempt(await h.as(null), 'wallet.credit', input)).toEqual({ trpc: 'UNAUTHORIZED', app: 'UNAUTHENTICATED' });
    expect(await attempt(await h.as('u-mona'), 'wallet.credit', input)).toEqual({ trpc: 'FORBIDDEN', app: 'FORBIDDEN' });
    expect(await attempt(await h.as('u-finance'), 'wallet.credit', input)).toEqual({ trpc: 'BAD_REQUEST', app: 'VALIDATION_FAILED' });
  });
});

describe('per-record rules: a patient sees only their own wallet and card', () => {
  const noSuchWallet = '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1dffff';
  const noSuchCard = cardNumberFromUuid('00000000-0000-4000-8000-00000000a999');

  it.each(['wallet.get', 'wallet.history', 'wallet.holds'])('%s: Mona asking for Ahmed’s wallet is told it does not exist', async (path) => {
    const mona = await h.as('u-mona');
    const theirs = await attempt(mona, path, { walletId: AHMED_WALLET });
    expect(theirs).toEqual({ trpc: 'NOT_FOUND', app: 'WALLET_NOT_FOUND' });
    // The same answer as for a wallet that does not exist: ids cannot be probed.
    expect(await attempt(mona, path, { walletId: noSuchWallet })).toEqual(theirs);
    expect(await attempt(mona, path, { walletId: MONA_WALLET })).toEqual({ trpc: 'ok', app: 'ok' });
  });

  it('nor move money out of it (debit, transfer), and nothing is recorded', async () => {
    const mona = await h.as('u-mona');
    const before = (await h.services.store.readStream(AHMED_WALLET)).length;
    expect(await attempt(mona, 'wallet.debit', { walletId: AHMED_WALLET, amount: 1, reference: 'not mine' })).toEqual({ trpc: 'NOT_FOUND', app: 'WALLET_NOT_FOUND' });
    expect(await attempt(mona, 'wallet.transfer', { transferId: randomUUID(), fromWalletId: AHMED_WALLET, to: { walletId: MONA_WALLET }, amount: 1 }))
      .toEqual({ trpc: 'NOT_FOUND', app: 'WALLET_NOT_FOUND' });
    expect((await h.services.store.readStream(AHMED_WALLET)).length).toBe(before);
  });

  it.each([
    ['medcard.get', { cardId: AHMED_CARD }],
    ['claims.byCard', { cardId: AHMED_CARD }],
    ['beneficiaries.list', { cardId: AHMED_CARD }],
    ['claims.get', { cardId: AHMED_CARD, prescriptionId: EZABY_RX }],
  ] as const)('%s: Mona asking about Ahmed’s card is told it does not exist', async (path, input) => {
    const mona = await h.as('u-mona');
    const theirs = await attempt(mona, path, input);
    expect(theirs).toEqual({ trpc: 'NOT_FOUND', app: 'CARD_NOT_FOUND' });
    expect(await attempt(mona, path, { ...input, cardId: noSuchCard })).toEqual(theirs);
    // Ahmed, the holder, is answered.
    expect(await attempt(await h.as('u-ahmed'), path, input)).toEqual({ trpc: 'ok', app: 'ok' });
  });
});

describe('per-record rules: a pharmacist sees only their own pharmacy’s claims', () => {
  let ezabyRx = '';
  let ezabyBody = claimBody('pharmacist');
  beforeAll(async () => {
    const ezaby = await h.as('u-pharmacist');
    ezabyBody = claimBody('pharmacist');
    ezabyRx = (await ezaby.claims.submit(ezabyBody)).prescriptionId;
    await h.project();
  });

  it('claims.byPharmacy with the other pharmacy’s id is FORBIDDEN; without one, only their own', async () => {
    const seif = await h.as('u-pharmacist-seif');
    expect(await attempt(seif, 'claims.byPharmacy', { pharmacyId: 'ph-ezaby-maadi' })).toEqual({ trpc: 'FORBIDDEN', app: 'FORBIDDEN' });
    const own = await seif.claims.byPharmacy({ limit: 100 });
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.filter((c) => c.pharmacyId !== 'ph-seif-smouha')).toEqual([]);
  });

  it('claims.get of a claim the El Ezaby pharmacist submitted is not found for Seif’s, as for a claim that does not exist', async () => {
    const seif = await h.as('u-pharmacist-seif');
    const ezaby = await h.as('u-pharmacist');
    for (const prescriptionId of [ezabyRx, EZABY_RX]) {
      const cardId = prescriptionId === EZABY_RX ? AHMED_CARD : OMAR_CARD;
      expect(await attempt(ezaby, 'claims.get', { cardId, prescriptionId })).toEqual({ trpc: 'ok', app: 'ok' });
      expect({ prescriptionId, ...(await attempt(seif, 'claims.get', { cardId, prescriptionId })) })
        .toEqual({ prescriptionId, trpc: 'NOT_FOUND', app: 'PRESCRIPTION_NOT_FOUND' });
    }
    expect(await attempt(seif, 'claims.get', { cardId: OMAR_CARD, prescriptionId: 'rx-does-not-exist' })).toEqual({ trpc: 'NOT_FOUND', app: 'PRESCRIPTION_NOT_FOUND' });
    // And the other way round.
    expect(await attempt(ezaby, 'claims.get', { cardId: AHMED_CARD, prescriptionId: SEIF_RX })).toEqual({ trpc: 'NOT_FOUND', app: 'PRESCRIPTION_NOT_FOUND' });
  });

  it('claims.preview of a prescription id the other pharmacy used is a new claim for Seif: nothing about theirs shows', async () => {
    const seif = await h.as('u-pharmacist-seif');
    const ezaby = await h.as('u-pharmacist');
    // The same body again: preview, like submit, answers with the approval of record.
    const own = await ezaby.claims.preview(ezabyBody);
    expect(own.previous).toMatchObject({ prescriptionId: ezabyRx });
    expect(own.preview).toEqual(own.previous);
    // A claim is (card, pharmacy, prescription): Seif's preview under the same id is his own claim, adjudicated
    // normally (here the same drug: the refill rule still holds across pharmacies), with no previous answer.
    const seifs = await seif.claims.preview({ ...ezabyBody, pharmacyId: undefined });
    expect(seifs).toMatchObject({ previous: null, preview: { pharmacyId: 'ph-seif-smouha', status: 'rejected', rejection: { code: 'REFILL_TOO_SOON' } } });
    // Other drugs under the same prescription id: DUPLICATE_PRESCRIPTION for its own pharmacy too, as submit says.
    expect(await attempt(ezaby, 'claims.preview', { ...claimBody('pharmacist'), prescriptionId: ezabyRx })).toEqual({ trpc: 'CONFLICT', app: 'DUPLICATE_PRESCRIPTION' });
  });

  it('nor file an insurance claim on, or resubmit, what the other pharmacy did', async () => {
    const seif = await h.as('u-pharmacist-seif');
    expect(await attempt(seif, 'insurance.file', { cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf('pharmacist-other-pharmacy'), prescriptionId: EZABY_RX }))
      .toEqual({ trpc: 'NOT_FOUND', app: 'PRESCRIPTION_NOT_FOUND' });
    const filed = await (await h.as('u-pharmacist')).insurance.file({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf('pharmacist') });
    await (await admin()).insurance.review({ cardId: AHMED_CARD, claimId: filed.claimId, decision: 'return', note: 'Add the scan' });
    expect(await attempt(seif, 'insurance.resubmit', { cardId: AHMED_CARD, claimId: filed.claimId, amount: 900 }))
      .toEqual({ trpc: 'NOT_FOUND', app: 'INSURANCE_CLAIM_NOT_FOUND' });
  });
});

// REST v1 --------------------------------------------------------------------------------------------

const restBase = 'http://127.0.0.1/api/v1';
let rest: (req: Request) => Promise<Response>;
async function restCall(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token !== null && { authorization: `Bearer ${token}` }) };
  const res = await rest(new Request(`${restBase}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code ?? 'ok', authenticate: res.headers.get('www-authenticate') };
}
const devToken = (role: Role) => (isOrg(role) ? orgToken : userOf[role] === null ? null : `dev-${userOf[role]}`);

interface RestRow {
  /** Path (filled in) and body, valid for `role`; records owned by that role when it is allowed. */
  request: (role: Role) => { path: string; body?: unknown } | Promise<{ path: string; body?: unknown }>;
  /** The HTTP status an allowed role gets. */
  status: number;
}

const restClaim = (role: Role) => ({
  prescriptionId: `rx-rest-matrix-${randomUUID()}`,
  ...(pharmacyOf[role] ? {} : { pharmacyId: 'ph-ezaby-maadi' }),
  beneficiaryId: demoMedCards.omar.self,
  totalAmount: '3.00',
  items: [{ drugCode: `D-${randomUUID().slice(0, 8)}`, drugName: 'Drug', quantity: 2, unitPrice: 1.5, totalPrice: 3 }],
});

/** Requests per route (method and path template as in routes.ts); expectations come from the table above. */
const restTable: Record<string, RestRow> = {
  'POST /medcards': {
    status: 201,
    request: (role) => ({
      path: '/medcards',
      body: isOrg(role) ? { userId: ORG_MEMBER_NO_CARD.rest, cardType: 'silver' } : { userId: 'u-omar', cardType: 'silver', secondCardReason: 'authz matrix: another card' },
    }),
  },
  'GET /medcards': { status: 200, request: () => ({ path: '/medcards?query=Omar' }) },
  'GET /me/medcards': { status: 200, request: () => ({ path: '/me/medcards' }) },
  'GET /medcards/{id}': { status: 200, request: (role) => ({ path: `/medcards/${isOrg(role) ? orgCard : AHMED_CARD}` }) },
  'GET /card-lookup/{cardNumber}': { status: 200, request: () => ({ path: `/card-lookup/${AHMED_CARD}` }) },
  'POST /medcards/{id}/status': { status: 409, request: () => ({ path: `/medcards/${scratchCard}/status`, body: { action: 'activate' } }) },
  'POST /medcards/{id}/tier': { status: 422, request: () => ({ path: `/medcards/${scratchCard}/tier`, body: { cardType: 'gold' } }) },
  'POST /medcards/{id}/monthly-limit': { status: 200, request: () => ({ path: `/medcards/${scratchCard}/monthly-limit`, body: { monthlyLimit: '5000.00' } }) },
  'POST /medcards/{id}/copayment': { status: 200, request: () => ({ path: `/medcards/${scratchCard}/copayment`, body: { copaymentPercent: 20 } }) },
  'GET /medcards/{id}/beneficiaries': { status: 200, request: (role) => ({ path: `/medcards/${isOrg(role) ? orgCard : AHMED_CARD}/beneficiaries` }) },
  'POST /medcards/{id}/beneficiaries': {
    status: 201,
    request: (role) => ({ path: `/medcards/${isOrg(role) ? orgCard : scratchCard}/beneficiaries`, body: { relationship: 'child', name: 'REST Child', nationalId: childNationalId() } }),
  },
  'POST /medcards/{id}/beneficiaries/{beneficiaryId}/remove': {
    status: 200,
    request: async () => {
      const beneficiaryId = randomUUID();
      await (await admin()).beneficiaries.add({ cardId: scratchCard, beneficiaryId, relationship: 'child', name: 'To Remove', nationalId: childNationalId() });
      return { path: `/medcards/${scratchCard}/beneficiaries/${beneficiaryId}/remove` };
    },
  },
  'POST /medcards/{id}/claims/prescriptions': { status: 200, request: (role) => ({ path: `/medcards/${OMAR_CARD}/claims/prescriptions`, body: restClaim(role) }) },
  'POST /medcards/{id}/claims/prescriptions/preview': {
    status: 200,
    request: (role) => ({ path: `/medcards/${OMAR_CARD}/claims/prescriptions/preview`, body: restClaim(role) }),
  },
  'GET /medcards/{id}/claims/prescriptions/{prescriptionId}': {
    status: 200,
    request: (role) => ({ path: `/medcards/${AHMED_CARD}/claims/prescriptions/${role === 'pharmacist-other-pharmacy' ? SEIF_RX : EZABY_RX}` }),
  },
  'GET /medcards/{id}/claims': { status: 200, request: () => ({ path: `/medcards/${AHMED_CARD}/claims` }) },
  'GET /pharmacies/{pharmacyId}': { status: 200, request: (role) => ({ path: `/pharmacies/${ownPharmacy(role) ?? 'ph-ezaby-maadi'}` }) },
  'GET /pharmacies/{pharmacyId}/claims': { status: 200, request: (role) => ({ path: `/pharmacies/${ownPharmacy(role) ?? 'ph-ezaby-maadi'}/claims` }) },
  'POST /medcards/{id}/refill-overrides': {
    status: 201,
    request: () => ({ path: `/medcards/${scratchCard}/refill-overrides`, body: { drugCode: 'EG-PAN500', reason: 'dose change' } }),
  },
  'POST /medcards/{id}/claims/insurance': { status: 201, request: async (role) => ({ path: `/medcards/${AHMED_CARD}/claims/insurance`, body: { amount: '10.00', documentIds: await docsOf(role) } }) },
  'GET /claims/insurance': { status: 200, request: () => ({ path: '/claims/insurance?status=all' }) },
  'POST /medcards/{id}/claims/insurance/{claimId}/review': {
    status: 200,
    request: async () => {
      const filed = await (await admin()).insurance.file({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf('superadmin') });
      return { path: `/medcards/${AHMED_CARD}/claims/insurance/${filed.claimId}/review`, body: { decision: 'return', note: 'Add the scan' } };
    },
  },
  'POST /medcards/{id}/claims/insurance/{claimId}/resubmit': {
    status: 200,
    request: async (role) => {
      const filer = PHARMACISTS.includes(role) ? await callerOf(role) : await admin();
      const filed = await filer.insurance.file({ cardId: AHMED_CARD, amount: 1_000, documentIds: await docsOf(PHARMACISTS.includes(role) ? role : 'superadmin') });
      await (await admin()).insurance.review({ cardId: AHMED_CARD, claimId: filed.claimId, decision: 'return', note: 'Add the scan' });
      return { path: `/medcards/${AHMED_CARD}/claims/insurance/${filed.claimId}/resubmit`, body: { amount: '9.00' } };
    },
  },
  'GET /analytics/spend-by-month': { status: 200, request: () => ({ path: '/analytics/spend-by-month' }) },
  'GET /analytics/spend-by-pharmacy': { status: 200, request: () => ({ path: '/analytics/spend-by-pharmacy' }) },
  'GET /analytics/top-drugs': { status: 200, request: () => ({ path: '/analytics/top-drugs?limit=3' }) },
  'GET /analytics/claim-outcomes': { status: 200, request: () => ({ path: '/analytics/claim-outcomes' }) },
  'POST /members': { status: 201, request: (role) => ({ path: '/members', body: newPerson(`RE-${role}`) }) },
  'POST /members/bulk': { status: 200, request: (role) => ({ path: '/members/bulk', body: { rows: [newPerson(`RB-${role}`)] } }) },
  'GET /members': { status: 200, request: () => ({ path: '/members?limit=5' }) },
  'GET /members/{externalId}': { status: 200, request: () => ({ path: `/members/${ORG_MEMBER}` }) },
  'GET /pharmacies/{pharmacyId}/settlements': { status: 200, request: (role) => ({ path: `/pharmacies/${ownPharmacy(role) ?? 'ph-ezaby-maadi'}/settlements` }) },
  'GET /settlements/{settlementId}': { status: 200, request: async (role) => ({ path: `/settlements/${(await ownStatement(role)).settlementId}` }) },
};

describe('REST v1: every route as every role (dev tokens)', () => {
  beforeAll(() => {
    rest = restV1Handler(h.services);
  });

  it('has a request for every route, and no other', () => {
    expect(Object.keys(restTable).sort()).toEqual(restRoutes.map((r) => `${r.method} ${r.path}`).sort());
  });

  const cases = restRoutes.flatMap((r) => ROLES.map((role) => [`${r.method} ${r.path}`, role] as const));

  it.each(cases)('%s as %s', async (route, role) => {
    const def = restRoutes.find((r) => `${r.method} ${r.path}` === route);
    const row = restTable[route];
    if (!def || !row) throw new Error(`no route or request for ${route}`);
    const { path, body } = await row.request(role);
    const got = await restCall(def.method, path, devToken(role), body);
    const allowed = rowOf.get(def.procedure)?.allowed ?? [];
    if (allowed.includes(role)) {
      expect({ route, role, status: got.status }).toEqual({ route, role, status: row.status });
    } else if (role === 'anonymous') {
      expect({ route, role, ...got }).toEqual({ route, role, status: 401, code: 'UNAUTHENTICATED', authenticate: 'Bearer' });
    } else {
      expect({ route, role, status: got.status, code: got.code }).toEqual({ route, role, status: 403, code: 'FORBIDDEN' });
    }
  });

  it('a patient is told another patient’s card does not exist, on every card route they may call', async () => {
    for (const path of [`/medcards/${AHMED_CARD}`, `/medcards/${AHMED_CARD}/claims`, `/medcards/${AHMED_CARD}/beneficiaries`, `/medcards/${AHMED_CARD}/claims/prescriptions/${EZABY_RX}`]) {
      expect({ path, ...(await restCall('GET', path, 'dev-u-mona')) }).toMatchObject({ path, status: 404, code: 'CARD_NOT_FOUND' });
    }
  });

  it('the other pharmacy’s pharmacist cannot read the first pharmacy’s claims', async () => {
    const seif = 'dev-u-pharmacist-seif';
    expect(await restCall('GET', '/pharmacies/ph-ezaby-maadi/claims', seif)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await restCall('GET', `/medcards/${AHMED_CARD}/claims/prescriptions/${EZABY_RX}`, seif)).toMatchObject({ status: 404, code: 'PRESCRIPTION_NOT_FOUND' });
    expect(await restCall('GET', `/medcards/${AHMED_CARD}/claims`, seif)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});

describe('REST v1 with real API tokens', () => {
  const DAY_MS = 86_400_000;
  const issue = async (userId: string, pharmacyId: string, expiresInDays: number | null) =>
    (await (await admin()).tokens.issue({ userId, pharmacyId, name: `matrix ${userId}`, expiresInDays })).token;

  it('a token acts as its pharmacist: its own pharmacy’s data, never the other’s', async () => {
    const seif = await issue('u-pharmacist-seif', 'ph-seif-smouha', 30);
    expect((await restCall('GET', '/pharmacies/ph-seif-smouha/claims', seif)).status).toBe(200);
    expect(await restCall('GET', '/pharmacies/ph-ezaby-maadi/claims', seif)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await restCall('GET', `/medcards/${AHMED_CARD}/claims/prescriptions/${EZABY_RX}`, seif)).toMatchObject({ status: 404 });
    expect(await restCall('GET', '/analytics/claim-outcomes', seif)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('an expired token is 401 (revoked ones: identity-wiring.int.spec.ts)', async () => {
    const token = await issue('u-pharmacist', 'ph-ezaby-maadi', 1);
    expect((await restCall('GET', '/pharmacies/ph-ezaby-maadi/claims', token)).status).toBe(200);
    const realClock = h.services.clock;
    const later = Date.now() + DAY_MS + 60_000;
    h.services.clock = () => new Date(later);
    try {
      expect(await restCall('GET', '/pharmacies/ph-ezaby-maadi/claims', token)).toEqual({ status: 401, code: 'UNAUTHENTICATED', authenticate: 'Bearer' });
      // A token without expiry still works at that time: it is the expiry that refused the first.
      expect((await restCall('GET', '/pharmacies/ph-ezaby-maadi/claims', await issue('u-pharmacist', 'ph-ezaby-maadi', null))).status).toBe(200);
    } finally {
      h.services.clock = realClock;
    }
  });
});
