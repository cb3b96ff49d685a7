import { z } from 'zod';
import { claimPage, claimResult, claimView } from '../../routers/claims/claim.schemas';
import { refillOverrideView } from '../../routers/claims/grant-refill-override';
import { entityId } from '../../routers/medcard/medcard.schemas';
import { prescriptionClaimBody, refillOverrideBody } from './bodies';
import { cardAnd, cardPath, claimFilters } from './params';
import { route } from './route';

const tag = 'Prescription claims';

const submission = (cardId: string, body: z.output<typeof prescriptionClaimBody>) => {
  const { totalAmount, items, ...rest } = body;
  return { ...rest, cardId, submittedTotal: totalAmount, lines: items };
};

export const claimRoutes = [
  route({
    method: 'POST', path: '/medcards/{id}/claims/prescriptions', procedure: 'claims.submit', operationId: 'submitPrescriptionClaim', tag,
    summary: 'Claim a prescription against a card',
    description: 'Answers approved, partial (capped by the monthly limit) or rejected with a code. The same body again returns the first answer (also with an Idempotency-Key); another body for a prescription this pharmacy had approved is 409 DUPLICATE_PRESCRIPTION (another pharmacy\'s use of the same prescription id is a separate claim).',
    params: cardPath, body: prescriptionClaimBody, output: claimResult,
    run: (api, { params, body }) => api.claims.submit(submission(params.id, body)),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/claims/prescriptions/preview', procedure: 'claims.preview', operationId: 'previewPrescriptionClaim', tag,
    summary: 'What a claim would get now, without recording it', params: cardPath, body: prescriptionClaimBody,
    output: z.object({ preview: claimResult, previous: claimResult.nullable() }),
    run: (api, { params, body }) => api.claims.preview(submission(params.id, body)),
  }),
  route({
    method: 'GET', path: '/medcards/{id}/claims/prescriptions/{prescriptionId}', procedure: 'claims.get', operationId: 'getPrescriptionClaim', tag,
    summary: 'One prescription claim',
    description: 'A claim is (card, pharmacy, prescription). A pharmacy token reads its own pharmacy\'s; staff name the pharmacy with `pharmacyId` when two pharmacies used the prescription id on the card.',
    params: cardAnd('prescriptionId'), query: z.object({ pharmacyId: entityId.optional() }), output: claimView,
    run: (api, { params, query }) => api.claims.get({ cardId: params.id, prescriptionId: params.prescriptionId, ...(query.pharmacyId && { pharmacyId: query.pharmacyId }) }),
  }),
  route({
    method: 'GET', path: '/medcards/{id}/claims', procedure: 'claims.byCard', operationId: 'listCardClaims', tag,
    summary: 'Prescription claims on a card, newest first', params: cardPath, query: claimFilters, output: claimPage,
    run: (api, { params, query }) => api.claims.byCard({ ...query, cardId: params.id }),
  }),
  route({
    method: 'GET', path: '/pharmacies/{pharmacyId}/claims', procedure: 'claims.byPharmacy', operationId: 'listPharmacyClaims', tag,
    summary: 'Prescription claims a pharmacy submitted, newest first', params: z.object({ pharmacyId: entityId }), query: claimFilters, output: claimPage,
    run: (api, { params, query }) => api.claims.byPharmacy({ ...query, pharmacyId: params.pharmacyId }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/refill-overrides', procedure: 'claims.refillOverride', operationId: 'grantRefillOverride', tag, status: 201,
    summary: 'Let one claim dispense a drug before its refill date', params: cardPath, body: refillOverrideBody, output: refillOverrideView,
    run: (api, { params, body }) => api.claims.refillOverride({ ...body, cardId: params.id }),
  }),
];
