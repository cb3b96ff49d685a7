import { claimOutcomesOutput } from '../../routers/analytics/claim-outcomes';
import { spendByMonthOutput } from '../../routers/analytics/spend-by-month';
import { spendByPharmacyOutput } from '../../routers/analytics/spend-by-pharmacy';
import { topDrugsOutput } from '../../routers/analytics/top-drugs';
import { limit, monthRange } from './params';
import { route } from './route';

const tag = 'Analytics';

export const analyticsRoutes = [
  route({
    method: 'GET', path: '/analytics/spend-by-month', procedure: 'analytics.spendByMonth', operationId: 'benefitSpendByMonth', tag,
    summary: 'Benefit paid per Africa/Cairo month', query: monthRange, output: spendByMonthOutput,
    run: (api, { query }) => api.analytics.spendByMonth(query),
  }),
  route({
    method: 'GET', path: '/analytics/spend-by-pharmacy', procedure: 'analytics.spendByPharmacy', operationId: 'benefitSpendByPharmacy', tag,
    summary: 'Claims and benefit per pharmacy', query: monthRange, output: spendByPharmacyOutput,
    run: (api, { query }) => api.analytics.spendByPharmacy(query),
  }),
  route({
    method: 'GET', path: '/analytics/top-drugs', procedure: 'analytics.topDrugs', operationId: 'topDrugs', tag,
    summary: 'Drugs the cards paid most for', query: monthRange.extend({ limit: limit.default(10) }), output: topDrugsOutput,
    run: (api, { query }) => api.analytics.topDrugs(query),
  }),
  route({
    method: 'GET', path: '/analytics/claim-outcomes', procedure: 'analytics.claimOutcomes', operationId: 'claimOutcomes', tag,
    summary: 'Claims approved in full, in part and rejected (with codes)', query: monthRange, output: claimOutcomesOutput,
    run: (api, { query }) => api.analytics.claimOutcomes(query),
  }),
];
