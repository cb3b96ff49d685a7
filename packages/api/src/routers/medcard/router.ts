import { router } from '../../trpc';
import { changeCardStatus } from './change-card-status';
import { changeCopayment } from './change-copayment';
import { changeMonthlyLimit } from './change-monthly-limit';
import { changeTier } from './change-tier';
import { findByNationalId } from './find-by-national-id';
import { getCard } from './get-card';
import { issueMedCard } from './issue-card';
import { lookupCard } from './lookup-card';
import { myCards } from './my-cards';
import { searchCards } from './search-cards';

export const medcardRouter = router({
  issue: issueMedCard,
  get: getCard,
  search: searchCards,
  findByNationalId,
  changeStatus: changeCardStatus,
  changeTier,
  changeMonthlyLimit,
  changeCopayment,
  mine: myCards,
  lookup: lookupCard,
});
