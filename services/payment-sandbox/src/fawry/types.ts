export interface FawrySandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  merchantCode: string;
  secureKey: string;
  /** Waits between notification retries (default 1 s, 5 s, 15 s, 60 s, 300 s); tests shorten them. */
  callbackRetryDelaysMs?: number[];
}

export type FawryOrderStatus = 'UNPAID' | 'PAID' | 'EXPIRED' | 'REFUNDED' | 'PARTIAL_REFUNDED' | 'CANCELED';

export interface ChargeItem {
  itemId: string;
  description?: string | undefined;
  price: number;
  quantity: number;
}

/** One PAYATFAWRY charge; amounts in piasters. */
export interface Charge {
  referenceNumber: string;
  merchantRefNum: string;
  customerProfileId: string;
  customerName: string | null;
  customerMobile: string | null;
  customerEmail: string | null;
  amount: number;
  description: string | null;
  items: ChargeItem[];
  expiresAt: number;
  webhookUrl: string | null;
  status: FawryOrderStatus;
  createdAt: Date;
  paidAt: Date | null;
  paymentRefrenceNumber: string | null;
  refunded: number;
}

/** What control actions and the outlet page report about a charge. */
export interface ChargeView {
  referenceNumber: string;
  merchantRefNumber: string;
  amount: number;
  status: FawryOrderStatus;
  expiresAt: string;
  paidAt: string | null;
  refunded: number;
}

export function viewOf(c: Charge): ChargeView {
  return {
    referenceNumber: c.referenceNumber,
    merchantRefNumber: c.merchantRefNum,
    amount: c.amount,
    status: c.status,
    expiresAt: new Date(c.expiresAt).toISOString(),
    paidAt: c.paidAt?.toISOString() ?? null,
    refunded: c.refunded,
  };
}
