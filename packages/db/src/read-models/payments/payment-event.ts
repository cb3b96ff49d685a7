import type { PaymentEvent, UnmatchedNotificationEvent } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';

/** A stored event of the payment aggregate type, typed (the projections only see the types they handle). */
export const paymentEvent = (e: StoredEvent) => ({ type: e.type, data: e.data }) as PaymentEvent | UnmatchedNotificationEvent;
