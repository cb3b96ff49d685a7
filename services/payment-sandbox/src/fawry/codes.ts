/**
 * Fawry answers HTTP 200 with a `statusCode` in the body. Codes marked "documented" are from Fawry's public
 * developer guide (payment status API); "public SDKs" from open-source clients' code tables; "sandbox" codes
 * were chosen here because no public source documents one.
 */
export const FAWRY_STATUS = {
  ok: { statusCode: 200, statusDescription: 'Operation done successfully' },
  /** documented */
  invalidMerchant: { statusCode: 9901, statusDescription: 'Merchant code is blank or invalid' },
  /** documented */
  notFound: { statusCode: 9938, statusDescription: 'Payment not found' },
  /** documented */
  referenceBlank: { statusCode: 9944, statusDescription: 'Reference number is blank' },
  /** documented ("blank or invalid signature") */
  invalidSignature: { statusCode: 9946, statusDescription: 'Invalid signature' },
  /** public SDKs */
  refundExceeded: { statusCode: 9935, statusDescription: 'Refund amount exceeds the refundable amount' },
  /** public SDKs */
  notPaid: { statusCode: 9954, statusDescription: 'Order is not paid' },
  /** public SDKs */
  invalidAmount: { statusCode: 21004, statusDescription: 'Invalid amount' },
  /** sandbox */
  duplicateReference: { statusCode: 9990, statusDescription: 'Duplicate merchant reference number' },
  /** sandbox: only PAYATFAWRY is simulated */
  unsupportedMethod: { statusCode: 9991, statusDescription: 'Payment method is not supported by the sandbox' },
} as const;

export type FawryStatus = (typeof FAWRY_STATUS)[keyof typeof FAWRY_STATUS];
