import { insuranceRejectionReasons, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from '@healthpay/domain';
import { z } from 'zod';
import { money } from '../medcard/medcard.schemas';

export const insuranceStatus = z.enum(['submitted', 'returned', 'approved', 'rejected']);
export const rejectionReason = z.enum(insuranceRejectionReasons);

/**
 * Metadata of a stored file (POST /api/documents uploads it; documents/). `documentId` opens it at
 * /api/documents/{documentId}; claims filed before uploads were stored have names only.
 */
export const documentInput = z.object({
  name: z.string().trim().min(1).max(200),
  contentType: z.string().trim().min(3).max(100),
  size: z.int().positive().max(MAX_DOCUMENT_BYTES),
  documentId: z.string().optional(),
  sha256: z.string().optional(),
});
/** Ids of documents the caller uploaded (POST /api/documents) and has not attached to another claim. */
export const documentIds = z.array(z.uuid()).min(1).max(MAX_DOCUMENTS);

/** An insurance claim as commands return it (from the card's state). */
export const insuranceClaimSnapshot = z.object({
  cardId: z.string(),
  claimId: z.string(),
  status: insuranceStatus,
  amount: money,
  approvedAmount: money.nullable(),
  documents: z.array(documentInput),
  prescriptionId: z.string().nullable(),
  filedBy: z.object({ role: z.enum(['staff', 'pharmacy']), actorId: z.string() }),
  revision: z.int(),
  rejection: z.object({ reason: rejectionReason, note: z.string() }).nullable(),
  returnNote: z.string().nullable(),
});
export type InsuranceClaimSnapshot = z.infer<typeof insuranceClaimSnapshot>;

/** An insurance claim as the review queue lists it (from the read model). */
export const insuranceClaimView = z.object({
  cardId: z.string(),
  claimId: z.string(),
  status: insuranceStatus,
  amount: money,
  approvedAmount: money.nullable(),
  documents: z.array(documentInput),
  prescriptionId: z.string().nullable(),
  filedByRole: z.enum(['staff', 'pharmacy']),
  filedBy: z.string(),
  revision: z.int(),
  rejectionReason: rejectionReason.nullable(),
  /** The reviewer's note: why it was rejected, or what to correct. */
  reviewNote: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  filedAt: z.string(),
  updatedAt: z.string(),
});
