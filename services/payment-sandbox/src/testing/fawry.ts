import { fawryChargeSignature, fawryRefundSignature } from '@healthpay/payments';
import { startFawrySandbox, type FawrySandbox } from '../fawry/server';
import { postJson } from './paymob';
import { startReceiver, type Receiver } from './receiver';

export const FAWRY_KEYS = { merchantCode: 'TESTMERCHANT', secureKey: 'test-secure-key' };

export interface FawryFixture {
  sandbox: FawrySandbox;
  merchant: Receiver;
  stop(): Promise<void>;
}

export async function fawryFixture(): Promise<FawryFixture> {
  const sandbox = await startFawrySandbox({ ...FAWRY_KEYS, callbackRetryDelaysMs: [20, 20] });
  const merchant = await startReceiver();
  return { sandbox, merchant, stop: async () => void (await Promise.all([sandbox.stop(), merchant.close()])) };
}

let seq = 0;

/** A signed PAYATFAWRY charge body for 840.00 EGP; override fields (and re-sign with `sign: false` to keep a bad one). */
export function chargeBody(f: FawryFixture, overrides: Record<string, unknown> = {}, amountPiasters = 84_000): Record<string, unknown> {
  seq += 1;
  const merchantRefNum = `pay_${process.pid}_${seq}`;
  const body = {
    merchantCode: FAWRY_KEYS.merchantCode,
    merchantRefNum,
    customerProfileId: 'patient-7',
    customerName: 'Mona Hassan',
    customerMobile: '01001234567',
    customerEmail: 'mona@example.com',
    paymentMethod: 'PAYATFAWRY',
    amount: amountPiasters / 100,
    currencyCode: 'EGP',
    description: 'Clinic visit',
    chargeItems: [{ itemId: merchantRefNum, description: 'Clinic visit', price: amountPiasters / 100, quantity: 1 }],
    orderWebHookUrl: `${f.merchant.url}/fawry/notify`,
    signature: fawryChargeSignature(
      { merchantCode: FAWRY_KEYS.merchantCode, merchantRefNum, customerProfileId: 'patient-7', paymentMethod: 'PAYATFAWRY', amount: amountPiasters },
      FAWRY_KEYS.secureKey,
    ),
  };
  return { ...body, ...overrides };
}

export const charge = (f: FawryFixture, body: unknown) => postJson(`${f.sandbox.url}/ECommerceWeb/Fawry/payments/charge`, body);

/** Creates a charge and returns its Fawry reference number and our merchantRefNum. */
export async function createCharge(f: FawryFixture, overrides: Record<string, unknown> = {}) {
  const body = chargeBody(f, overrides);
  const res = await charge(f, body);
  if (res.json.statusCode !== 200) throw new Error(`charge refused: ${JSON.stringify(res.json)}`);
  return { referenceNumber: String(res.json.referenceNumber), merchantRefNum: String(body.merchantRefNum), answer: res.json };
}

export function refundBody(referenceNumber: string, piasters: number, reason = 'Cancelled visit'): Record<string, unknown> {
  const { merchantCode, secureKey } = FAWRY_KEYS;
  return { merchantCode, referenceNumber, refundAmount: piasters / 100, reason, signature: fawryRefundSignature({ merchantCode, referenceNumber, refundAmount: piasters, reason }, secureKey) };
}
