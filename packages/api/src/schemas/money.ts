// The amount schemas live with the claim view's (db/src/contracts): the claim projection checks each stored answer
// against that schema, so the same marked instances must be in it for the REST layer to find.
export { isMoneySchema, isSignedMoneySchema, MAX_MONTHLY_LIMIT, money, monthlyLimitAmount, positiveMoney, signedMoney } from '@healthpay/db';
