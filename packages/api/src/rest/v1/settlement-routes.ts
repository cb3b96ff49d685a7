import { z } from 'zod';
import { entityId } from '../../routers/medcard/medcard.schemas';
import { settlementId, statementPage, statementStatus, statementWithLines } from '../../routers/settlements/settlement.schemas';
import { route } from './route';

const tag = 'Settlements';

export const settlementRoutes = [
  route({
    method: 'GET', path: '/pharmacies/{pharmacyId}/settlements', procedure: 'settlements.list', operationId: 'listPharmacySettlements', tag,
    summary: 'A pharmacy’s settlement statements, newest period first',
    description: 'Open statements show their totals as projected so far; closed ones their frozen totals. A pharmacy token sees only its own pharmacy (another is 403).',
    params: z.object({ pharmacyId: entityId }),
    query: z.object({ status: statementStatus.optional(), cursor: z.coerce.number().int().min(0).max(1_000_000).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
    output: statementPage,
    run: (api, { params, query }) => api.settlements.list({ ...query, pharmacyId: params.pharmacyId }),
  }),
  route({
    method: 'GET', path: '/settlements/{settlementId}', procedure: 'settlements.get', operationId: 'getSettlement', tag,
    summary: 'One settlement statement with its lines',
    description: 'Lines sum to the totals: netPayable = grossBenefit + walletCopay − commission + adjustments (reversals are negative adjustments). Another pharmacy’s statement is 404.',
    params: z.object({ settlementId }), output: statementWithLines,
    run: (api, { params }) => api.settlements.get({ settlementId: params.settlementId }),
  }),
];
