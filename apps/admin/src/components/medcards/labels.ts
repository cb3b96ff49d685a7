/** English words for the MedCard API's enums (staff console). */
export const cardStatusLabel: Record<string, string> = { pending: 'Pending', active: 'Active', suspended: 'Suspended', closed: 'Closed', expired: 'Expired' };
export const claimStatusLabel: Record<string, string> = { approved: 'Approved', partial: 'Partially approved', rejected: 'Rejected', reversed: 'Reversed' };
export const insuranceStatusLabel: Record<string, string> = { submitted: 'Waiting for review', returned: 'Returned for correction', approved: 'Approved', rejected: 'Rejected' };
export const insuranceRejectionLabel: Record<string, string> = {
  NOT_COVERED: 'Not covered by the policy',
  POLICY_INACTIVE: 'Policy not in force on the service date',
  DUPLICATE_CLAIM: 'Already claimed with the insurer',
  MISSING_DOCUMENTS: 'Documents missing',
  INVALID_DOCUMENTS: 'Documents do not support the claim',
  PRE_AUTHORIZATION_REQUIRED: 'Needed pre-authorization',
  POLICY_LIMIT_EXCEEDED: "Policy's own limit exceeded",
  OTHER: 'Other (explain in the note)',
};
export const rejectionCodeLabel: Record<string, string> = {
  CARD_NOT_ACTIVE: 'Card not active',
  CARD_EXPIRED: 'Card expired',
  BENEFICIARY_NOT_ON_CARD: 'Patient not on the card',
  REFILL_TOO_SOON: 'Refill too soon',
  MONTHLY_LIMIT_EXHAUSTED: 'Monthly limit used up',
};

const KB = 1024;
/** 184320 → "180 KB". */
export const fileSize = (bytes: number): string =>
  bytes >= KB * KB ? `${(bytes / (KB * KB)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / KB))} KB`;
