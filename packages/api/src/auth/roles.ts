import { STAFF_ROLES, type StaffRole } from '@healthpay/db';

/**
 * Which staff roles may do what. Procedures combine these with 'patient' and 'pharmacist' in their
 * `access` meta; the authorization matrix spec states the expected outcome for every role by hand.
 */
export const staffMay = {
  /** Read patients' wallets, cards, claims (every such read is audited). */
  readPatients: STAFF_ROLES,
  /** Open and suspend wallets, issue cards, change card status, manage beneficiaries. */
  manageAccounts: ['support', 'superadmin'],
  /** Credit, debit, transfer and hold money on a patient's behalf. */
  moveMoney: ['finance', 'superadmin'],
  /** Change a card's tier, monthly limit and copayment. */
  changeCardTerms: ['finance', 'superadmin'],
  /** Insurance claim decisions and refill-too-soon overrides. */
  reviewClaims: ['claims_reviewer', 'superadmin'],
  /** Spend and claim analytics. */
  seeAnalytics: ['finance', 'superadmin'],
  /** The audit log, API tokens and other security settings. */
  administerSecurity: ['superadmin'],
} as const satisfies Record<string, readonly StaffRole[]>;
