import { staffMay } from '../auth/roles';
import type { Actor } from '../auth/actor';

/** Who files insurance claims, and so may upload their documents: pharmacists and claim reviewers. */
export const mayUploadDocuments = (actor: Actor): boolean =>
  actor.role === 'pharmacist' || (staffMay.reviewClaims as readonly string[]).includes(actor.role);

/** Staff who open any claim's documents (each open audited). */
export const mayReviewDocuments = (actor: Actor): boolean => (staffMay.reviewClaims as readonly string[]).includes(actor.role);
