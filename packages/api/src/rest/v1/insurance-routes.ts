import { insuranceClaimSnapshot } from '../../routers/insurance/insurance.schemas';
import { insurancePage, insuranceQueueInput } from '../../routers/insurance/list-insurance-claims';
import { fileInsuranceBody, resubmitInsuranceBody, reviewInsuranceBody } from './bodies';
import { cardAnd, cardPath, limit } from './params';
import { route } from './route';

const tag = 'Insurance claims';

export const insuranceRoutes = [
  route({
    method: 'POST', path: '/medcards/{id}/claims/insurance', procedure: 'insurance.file', operationId: 'fileInsuranceClaim', tag, status: 201,
    summary: 'File a claim with the card’s insurer, naming documents uploaded with POST /api/documents', params: cardPath, body: fileInsuranceBody, output: insuranceClaimSnapshot,
    run: (api, { params, body }) => api.insurance.file({ ...body, cardId: params.id }),
  }),
  route({
    method: 'GET', path: '/claims/insurance', procedure: 'insurance.queue', operationId: 'listInsuranceClaims', tag,
    summary: 'The review queue, oldest filing first (by default: waiting for a decision)',
    query: insuranceQueueInput.extend({ limit }),
    output: insurancePage,
    run: (api, { query }) => api.insurance.queue(query),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/claims/insurance/{claimId}/review', procedure: 'insurance.review', operationId: 'reviewInsuranceClaim', tag,
    summary: 'Approve, reject or return a submitted claim', params: cardAnd('claimId'), body: reviewInsuranceBody, output: insuranceClaimSnapshot,
    run: (api, { params, body }) => api.insurance.review({ ...body, cardId: params.id, claimId: params.claimId }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/claims/insurance/{claimId}/resubmit', procedure: 'insurance.resubmit', operationId: 'resubmitInsuranceClaim', tag,
    summary: 'Resubmit a returned claim, corrected', params: cardAnd('claimId'), body: resubmitInsuranceBody, output: insuranceClaimSnapshot,
    run: (api, { params, body }) => api.insurance.resubmit({ ...body, cardId: params.id, claimId: params.claimId }),
  }),
];
