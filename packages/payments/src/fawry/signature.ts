import { digestEquals, sha256Hex } from '../crypto';
import { fawryAmount, fawryReceivedAmount } from './amount';
import { fawryNotificationV2, type FawryNotificationV2 } from './types';

export { fawryAmount, fawryPiasters, fawryReceivedAmount } from './amount';

/**
 * Fawry signs by SHA-256 (hex) of plain concatenations ending with the secure key; amounts always in two-decimal
 * form. Recipes from developer.fawrystaging.com (charge, server notification V2, refund, get payment status V2).
 */

export interface FawryChargeSignatureInput {
  merchantCode: string;
  merchantRefNum: string;
  /** '' when the customer has no profile id. */
  customerProfileId: string;
  paymentMethod: string;
  /** Piasters. */
  amount: number;
  /** Only for CARD token payments. */
  cardToken?: string;
}

/** merchantCode + merchantRefNum + customerProfileId + paymentMethod + amount + cardToken + secureKey. */
export const fawryChargeSignature = (p: FawryChargeSignatureInput, secureKey: string): string =>
  sha256Hex(
    p.merchantCode + p.merchantRefNum + p.customerProfileId + p.paymentMethod + fawryAmount(p.amount) + (p.cardToken ?? '') + secureKey,
  );

/**
 * fawryRefNumber + merchantRefNumber + paymentAmount + orderAmount + orderStatus + paymentMethod
 * + paymentRefrenceNumber ('' when absent) + secureKey; values as received, amounts in two-decimal form.
 */
export const fawryNotificationSignature = (n: FawryNotificationV2, secureKey: string): string =>
  sha256Hex(
    n.fawryRefNumber +
      n.merchantRefNumber +
      fawryReceivedAmount(n.paymentAmount) +
      fawryReceivedAmount(n.orderAmount) +
      n.orderStatus +
      n.paymentMethod +
      (n.paymentRefrenceNumber ?? '') +
      secureKey,
  );

/** Checks a notification body's messageSignature. Constant time; never throws (junk → false). */
export function verifyFawryNotification(n: unknown, secureKey: string): boolean {
  try {
    const parsed = fawryNotificationV2.safeParse(n);
    return parsed.success && digestEquals(fawryNotificationSignature(parsed.data, secureKey), parsed.data.messageSignature);
  } catch {
    return false;
  }
}

export interface FawryRefundSignatureInput {
  merchantCode: string;
  referenceNumber: string;
  /** Piasters. */
  refundAmount: number;
  reason?: string;
}

/** merchantCode + referenceNumber + refundAmount + reason ('' when none) + secureKey. */
export const fawryRefundSignature = (p: FawryRefundSignatureInput, secureKey: string): string =>
  sha256Hex(p.merchantCode + p.referenceNumber + fawryAmount(p.refundAmount) + (p.reason ?? '') + secureKey);

/** merchantCode + merchantRefNumber + secureKey (get payment status V2). */
export const fawryStatusSignature = (p: { merchantCode: string; merchantRefNumber: string }, secureKey: string): string =>
  sha256Hex(p.merchantCode + p.merchantRefNumber + secureKey);
