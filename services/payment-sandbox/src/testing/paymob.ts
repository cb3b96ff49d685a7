import { startPaymobSandbox, type PaymobSandbox } from '../paymob/server';
import { startReceiver, type Receiver } from './receiver';

export const PAYMOB_KEYS = {
  secretKey: 'test-secret-key',
  publicKey: 'test-public-key',
  hmacSecret: 'test-hmac-secret',
  integrationIds: [4900001],
};

export interface PaymobFixture {
  sandbox: PaymobSandbox;
  merchant: Receiver;
  stop(): Promise<void>;
}

export async function paymobFixture(): Promise<PaymobFixture> {
  const sandbox = await startPaymobSandbox({ ...PAYMOB_KEYS, callbackRetryDelaysMs: [20, 20, 20] });
  const merchant = await startReceiver();
  return { sandbox, merchant, stop: async () => void (await Promise.all([sandbox.stop(), merchant.close()])) };
}

let seq = 0;

/** A valid intention body; every call gets a fresh special_reference. */
export function intentionBody(merchantUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    amount: 84_000,
    currency: 'EGP',
    payment_methods: [4900001],
    items: [{ name: 'Consultation', amount: 84_000, description: 'Clinic visit', quantity: 1 }],
    billing_data: { first_name: 'Mona', last_name: 'Hassan', phone_number: '+201001234567', email: 'mona@example.com' },
    special_reference: `pay_${process.pid}_${seq}`,
    notification_url: `${merchantUrl}/paymob/callback`,
    redirection_url: `${merchantUrl}/paymob/return`,
    ...overrides,
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export const auth = { authorization: `Token ${PAYMOB_KEYS.secretKey}` };

/** Creates an intention through the API and returns its answer. */
export async function createIntention(f: PaymobFixture, overrides: Record<string, unknown> = {}) {
  const res = await postJson(`${f.sandbox.url}/v1/intention/`, intentionBody(f.merchant.url, overrides), auth);
  if (res.status !== 201) throw new Error(`intention refused: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { id: string; client_secret: string; intention_order_id: number; special_reference: string };
}
