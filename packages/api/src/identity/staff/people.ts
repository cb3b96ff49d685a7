// Staff and pharmacists as the management screens list them: the statements live in @healthpay/db (identity/people).
export { getPerson, listPeople, type PeopleFilter, type PersonRow } from '@healthpay/db';
