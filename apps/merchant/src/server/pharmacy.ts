import type { RouterOutputs } from '@healthpay/api';

/** The pharmacist's pharmacy, as `session.me` returns it. */
export type Pharmacy = NonNullable<RouterOutputs['session']['me']['pharmacy']>;
