import { DomainError } from '../shared/errors';
import { isPositiveMoney, type Piasters } from '../shared/money';
import { isBlank } from './guards';
import type { InsuranceClaim, InsuranceClaimStatus, InsuranceDocument } from './insurance';
import { own } from './records';
import type { ExistingMedCard } from './state';

/** Bounds that keep a claim reviewable by a person; the upload route (api/documents) enforces the same size. */
export const MAX_DOCUMENTS = 5;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

export type InvalidDocumentsReason = 'NONE' | 'TOO_MANY' | 'NAME' | 'CONTENT_TYPE' | 'SIZE';
const invalid = (reason: InvalidDocumentsReason, index?: number): never => {
  throw new DomainError('INVALID_DOCUMENTS', `Invalid claim documents (${reason})`, index === undefined ? { reason } : { reason, index });
};

/** An insurer will not look at a claim without evidence: at least one document, each well described. */
export const requireValidDocuments = (documents: readonly InsuranceDocument[]): InsuranceDocument[] => {
  if (!Array.isArray(documents) || documents.length === 0) return invalid('NONE');
  if (documents.length > MAX_DOCUMENTS) return invalid('TOO_MANY');
  return documents.map(({ name, contentType, size, documentId, sha256 }, index) => {
    if (isBlank(name)) return invalid('NAME', index);
    if (!CONTENT_TYPE.test(contentType)) return invalid('CONTENT_TYPE', index);
    if (!Number.isSafeInteger(size) || size <= 0 || size > MAX_DOCUMENT_BYTES) return invalid('SIZE', index);
    return { name: name.trim(), contentType: contentType.toLowerCase(), size, ...(documentId && { documentId }), ...(sha256 && { sha256 }) };
  });
};

export const requireClaimAmount = (amount: Piasters): void => {
  if (!isPositiveMoney(amount)) {
    throw new DomainError('INVALID_AMOUNT', 'Amount must be a positive whole number of piasters', { amount });
  }
};

export const requireInsuranceClaim = (card: ExistingMedCard, claimId: string): InsuranceClaim => {
  const claim = own(card.insuranceClaims, claimId);
  if (!claim) throw new DomainError('INSURANCE_CLAIM_NOT_FOUND', `Insurance claim ${claimId} not found`, { claimId });
  return claim;
};

/** submitted → approved | rejected | returned; returned → submitted (resubmit). Approved and rejected are final. */
export const requireClaimStatus = (claim: InsuranceClaim, allowedFrom: readonly InsuranceClaimStatus[], commandType: string): void => {
  if (!allowedFrom.includes(claim.status)) {
    throw new DomainError('INVALID_STATE_TRANSITION', `${commandType} is not allowed on a ${claim.status} insurance claim`, {
      from: claim.status,
      command: commandType,
      claimId: claim.claimId,
    });
  }
};
