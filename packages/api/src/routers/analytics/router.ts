import { router } from '../../trpc';
import { claimOutcomes } from './claim-outcomes';
import { spendByMonth } from './spend-by-month';
import { spendByPharmacy } from './spend-by-pharmacy';
import { topDrugs } from './top-drugs';

export const analyticsRouter = router({ spendByMonth, spendByPharmacy, topDrugs, claimOutcomes });
