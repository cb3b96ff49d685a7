import { z } from 'zod';
import { beneficiaryListItem } from '../../routers/beneficiaries/beneficiary.schemas';
import { cardDetail, cardPage, cardSnapshot, cardView } from '../../routers/medcard/medcard.schemas';
import { searchCardsInput } from '../../routers/medcard/search-cards';
import { cardLookupView } from '../../routers/medcard/lookup-card';
import { addBeneficiaryBody, cardStatusBody, changeTierBody, copaymentBody, issueCardBody, monthlyLimitBody } from './bodies';
import { cardAnd, cardPath, flag, limit } from './params';
import { route } from './route';

const tag = 'MedCards';

export const cardRoutes = [
  route({
    method: 'POST', path: '/medcards', procedure: 'medcard.issue', operationId: 'issueMedCard', tag, status: 201,
    summary: 'Issue a MedCard to a patient',
    description: 'The card number is assigned by the server. Holder details left out come from the user record. Issued active unless `activate` is false. Send an Idempotency-Key to retry safely.',
    body: issueCardBody, output: cardSnapshot,
    run: (api, { body }) => {
      const { cardType, ...rest } = body;
      return api.medcard.issue({ ...rest, tier: cardType });
    },
  }),
  route({
    method: 'GET', path: '/medcards', procedure: 'medcard.search', operationId: 'listMedCards', tag,
    summary: 'List or search cards (keyset pages by card number)',
    query: searchCardsInput.extend({ limit }),
    output: cardPage,
    run: (api, { query }) => api.medcard.search(query),
  }),
  route({
    method: 'GET', path: '/me/medcards', procedure: 'medcard.mine', operationId: 'myMedCards', tag,
    summary: 'Cards the signed-in patient holds', output: z.array(cardView),
    run: (api) => api.medcard.mine(),
  }),
  route({
    method: 'GET', path: '/medcards/{id}', procedure: 'medcard.get', operationId: 'getMedCard', tag,
    summary: 'One card with its members and this month’s benefit', params: cardPath, output: cardDetail,
    run: (api, { params }) => api.medcard.get({ cardId: params.id }),
  }),
  route({
    method: 'GET', path: '/card-lookup/{cardNumber}', procedure: 'medcard.lookup', operationId: 'lookupMedCard', tag,
    summary: 'Look a card up at the pharmacy counter (no national IDs)',
    params: z.object({ cardNumber: z.string().max(40) }), output: cardLookupView,
    run: (api, { params }) => api.medcard.lookup({ cardNumber: params.cardNumber }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/status', procedure: 'medcard.changeStatus', operationId: 'changeMedCardStatus', tag,
    summary: 'Activate, suspend, reactivate, close or expire a card', params: cardPath, body: cardStatusBody, output: cardSnapshot,
    run: (api, { params, body }) => api.medcard.changeStatus({ ...body, cardId: params.id }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/tier', procedure: 'medcard.changeTier', operationId: 'changeMedCardTier', tag,
    summary: 'Move a card to another tier', params: cardPath, body: changeTierBody, output: cardSnapshot,
    run: (api, { params, body }) => {
      const { cardType, ...rest } = body;
      return api.medcard.changeTier({ ...rest, tier: cardType, cardId: params.id });
    },
  }),
  route({
    method: 'POST', path: '/medcards/{id}/monthly-limit', procedure: 'medcard.changeMonthlyLimit', operationId: 'changeMonthlyLimit', tag,
    summary: 'Set the benefit paid per Cairo month', params: cardPath, body: monthlyLimitBody, output: cardSnapshot,
    run: (api, { params, body }) => api.medcard.changeMonthlyLimit({ ...body, cardId: params.id }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/copayment', procedure: 'medcard.changeCopayment', operationId: 'changeCopayment', tag,
    summary: 'Set the patient’s share (whole percent)', params: cardPath, body: copaymentBody, output: cardSnapshot,
    run: (api, { params, body }) => api.medcard.changeCopayment({ ...body, cardId: params.id }),
  }),
  route({
    method: 'GET', path: '/medcards/{id}/beneficiaries', procedure: 'beneficiaries.list', operationId: 'listBeneficiaries', tag: 'Beneficiaries',
    summary: 'Members of a card, the holder first', params: cardPath, query: z.object({ includeRemoved: flag.optional() }),
    output: z.array(beneficiaryListItem),
    run: (api, { params, query }) => api.beneficiaries.list({ cardId: params.id, includeRemoved: query.includeRemoved ?? false }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/beneficiaries', procedure: 'beneficiaries.add', operationId: 'addBeneficiary', tag: 'Beneficiaries', status: 201,
    summary: 'Add a spouse, child or parent', description: 'The birth date defaults to the one the national ID encodes.',
    params: cardPath, body: addBeneficiaryBody, output: cardSnapshot,
    run: (api, { params, body }) => api.beneficiaries.add({ ...body, cardId: params.id }),
  }),
  route({
    method: 'POST', path: '/medcards/{id}/beneficiaries/{beneficiaryId}/remove', procedure: 'beneficiaries.remove', operationId: 'removeBeneficiary', tag: 'Beneficiaries',
    summary: 'Take a member off a card (not the holder)', params: cardAnd('beneficiaryId'), output: cardSnapshot,
    run: (api, { params }) => api.beneficiaries.remove({ cardId: params.id, beneficiaryId: params.beneficiaryId }),
  }),
];
