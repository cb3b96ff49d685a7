import { notificationProjection } from './notification-projection';
import { paymentProjection } from './payment-projection';
import { refundProjection } from './refund-projection';

export * from './queries';
export { evolvePaymentDoc, paymentProjection, type PaymentDoc } from './payment-projection';
export { evolveNotificationDoc, notificationProjection, type PaymentNotificationDoc } from './notification-projection';
export { evolveRefundDoc, refundProjection, type PaymentRefundDoc } from './refund-projection';

export const paymentReadModels = [paymentProjection, notificationProjection, refundProjection] as const;
export const paymentReadModelTables = ['payments', 'payment_notifications', 'payment_refunds'] as const;
