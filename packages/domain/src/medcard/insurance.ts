import type { Piasters } from '../shared/money';

export interface InsurancePolicy {
  provider: string;
  policyNumber: string;
}

/** Metadata only: the files themselves live in object storage, outside the domain. */
export interface InsuranceDocument {
  name: string;
  contentType: string; // MIME type, e.g. application/pdf
  size: number; // bytes, 1 … MAX_DOCUMENT_BYTES
  /** The uploaded file (document stream) and its SHA-256; absent on claims filed before uploads were stored. */
  documentId?: string;
  sha256?: string;
}

export type InsuranceFilerRole = 'staff' | 'pharmacy';
export interface InsuranceFiler {
  role: InsuranceFilerRole;
  actorId: string;
}

/**
 * Why an insurer refuses a claim. OTHER needs a note; the rest explain themselves.
 * - NOT_COVERED: the service or drug is outside the policy
 * - POLICY_INACTIVE: the policy was not in force on the service date
 * - DUPLICATE_CLAIM: already claimed with the insurer
 * - MISSING_DOCUMENTS / INVALID_DOCUMENTS: what was attached does not support the claim
 * - PRE_AUTHORIZATION_REQUIRED: the policy required approval before the service
 * - POLICY_LIMIT_EXCEEDED: the policy's own annual or per-claim limit is used up
 */
export const insuranceRejectionReasons = [
  'NOT_COVERED',
  'POLICY_INACTIVE',
  'DUPLICATE_CLAIM',
  'MISSING_DOCUMENTS',
  'INVALID_DOCUMENTS',
  'PRE_AUTHORIZATION_REQUIRED',
  'POLICY_LIMIT_EXCEEDED',
  'OTHER',
] as const;
export type InsuranceRejectionReason = (typeof insuranceRejectionReasons)[number];

/** submitted → approved | rejected (final) or returned → (resubmit) submitted … */
export type InsuranceClaimStatus = 'submitted' | 'returned' | 'approved' | 'rejected';

export interface InsuranceClaim {
  claimId: string;
  status: InsuranceClaimStatus;
  amount: Piasters;
  documents: InsuranceDocument[];
  prescriptionId: string | null;
  /** The pharmacy whose claim `prescriptionId` is (null without a prescription). */
  pharmacyId: string | null;
  filedBy: InsuranceFiler;
  revision: number; // 1 when filed, +1 per resubmission
  approvedAmount: Piasters | null;
  rejection: { reason: InsuranceRejectionReason; note: string } | null;
  returnNote: string | null;
}
