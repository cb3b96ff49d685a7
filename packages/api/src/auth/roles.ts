import { STAFF_ROLES, type StaffRole } from '@healthpay/db';

/**
 * Which staff roles may do what. Procedures combine these with 'patient' and 'pharmacist' in their
 * `access` meta; the authorization matrix spec states the expected outcome for every role by hand.
 */
export const staffMay = {
  /** Read patients' wallets, cards, claims (every such read is audited). */
  readPatients: STAFF_ROLES,
  /**
   * See a national ID in full (everyone else sees it masked, `2990101*****23`; pharmacists never see one):
   * support verifies a caller's identity and fixes cards, claims reviewers match claims to insurers' records.
   * Finance works with amounts, not identities. Each reveal is audited (who, whose, why) and rate-limited.
   */
  revealNationalIds: ['support', 'claims_reviewer', 'superadmin'],
  /** Open and suspend wallets, issue cards, change card status, manage beneficiaries. */
  manageAccounts: ['support', 'superadmin'],
  /** Credit, debit, transfer and hold money on a patient's behalf. */
  moveMoney: ['finance', 'superadmin'],
  /** Change a card's tier, monthly limit and copayment. */
  changeCardTerms: ['finance', 'superadmin'],
  /** Insurance claim decisions and refill-too-soon overrides. */
  reviewClaims: ['claims_reviewer', 'superadmin'],
  /**
   * Reverse a prescription claim after its day (the pharmacy itself may on the day): a claims decision that
   * gives the benefit back and refunds a wallet copay, so claims reviewers and finance; support does neither.
   */
  reverseClaims: ['claims_reviewer', 'finance', 'superadmin'],
  /** Spend and claim analytics. */
  seeAnalytics: ['finance', 'superadmin'],
  /** See a pharmacy's settlement IBAN in full (each reveal audited) and change it. */
  seeSettlementAccounts: ['finance', 'superadmin'],
  /** Set fee schedules; read every pharmacy's settlement statements; close, approve, pay and dispute them. */
  settlePharmacies: ['finance', 'superadmin'],
  /** Read the ledger (trial balance, account statements); draft, issue and record payments on insurer invoices. */
  keepBooks: ['finance', 'superadmin'],
  /** The System page: dependencies' health, throughput, latency, lag and alerts (support answers "is it down?"). */
  watchSystem: ['support', 'superadmin'],
  /** The audit log, API tokens and other security settings. */
  administerSecurity: ['superadmin'],
  /** Invite staff, change staff roles, deactivate and reactivate accounts. */
  manageStaff: ['superadmin'],
  /** Invite a pharmacy's pharmacists (its manager invites the rest from the pharmacy portal). */
  invitePharmacists: ['support', 'superadmin'],
} as const satisfies Record<string, readonly StaffRole[]>;

/** Roles whose accounts sign in with a password AND a TOTP code: they enroll TOTP while accepting their invitation. */
export const TWO_STEP_ROLES: readonly StaffRole[] = ['superadmin', 'finance'];
export const requiresTwoStep = (role: string): boolean => (TWO_STEP_ROLES as readonly string[]).includes(role);
