import { describe, expect, it } from 'vitest';
import {
  PAYMOB_HMAC_FIELDS,
  paymobProcessedHmac,
  paymobProcessedHmacString,
  paymobResponseHmac,
  paymobResponseHmacString,
  paymobResponseQueryOf,
  verifyPaymobProcessed,
  verifyPaymobResponse,
} from './hmac';
import { paymobProcessedCallback } from './types';

/**
 * Published vector: Paymob's "Transaction Processed Callback Sample" (nested objects trimmed to what matters),
 * its concatenated string and HMAC from
 * https://developers.paymob.com/paymob-docs/developers/webhook-callbacks-and-hmac/hmac/hmac-transaction-callback
 * and the secret from the same sample's "Used HMAC Secret" tab (manage-callback page). The same vector is used
 * by Yusuf-Hussien/Paymob-Java-SDK src/test/java/com/paymob/sdk/webhook/WebhookCallbackTest.java.
 */
const DOCS_SECRET = '04DC1A9490B8CC2094C011FC055ADCDB';
const DOCS_STRING =
  '1000002024-06-13T11:33:44.592345EGPfalsefalse1920364654097558truefalsefalsefalsetruefalse217503754302852false2346MasterCardcardtrue';
const DOCS_HMAC =
  'fa8ac0b7f3852e60c50e7fdd4ea5ef0bda96030c19dea1d55df8c76d6c08ab1877774662cbb04981dc84839ad4da560bcc8cb53b8973548657f7e8f8d2e79930';

const docsObj = (): Record<string, unknown> => ({
  id: 192036465,
  pending: false,
  amount_cents: 100000,
  success: true,
  is_auth: false,
  is_capture: false,
  is_standalone_payment: true,
  is_voided: false,
  is_refunded: false,
  is_3d_secure: true,
  integration_id: 4097558,
  profile_id: 164295,
  has_parent_transaction: false,
  order: { id: 217503754, created_at: '2024-06-13T11:32:09.628623', merchant_order_id: null, amount_cents: 100000 },
  created_at: '2024-06-13T11:33:44.592345',
  currency: 'EGP',
  source_data: { pan: '2346', type: 'card', tenure: null, sub_type: 'MasterCard' },
  api_source: 'IFRAME',
  is_void: false,
  is_refund: false,
  data: { txn_response_code: 'APPROVED', acq_response_code: '00', message: 'Approved', card_num: '512345xxxxxx2346' },
  error_occured: false,
  is_live: false,
  refunded_amount_cents: null,
  is_captured: false,
  captured_amount: null,
  updated_at: '2024-06-13T11:34:07.272638',
  is_settled: false,
  bill_balanced: false,
  is_bill: false,
  owner: 302852,
  parent_transaction: null,
});

/** The documented vector's fields as the GET redirect carries them (flat keys, strings). */
const docsQuery = (orderKey: 'order' | 'order_id'): Record<string, string> => ({
  amount_cents: '100000',
  created_at: '2024-06-13T11:33:44.592345',
  currency: 'EGP',
  error_occured: 'false',
  has_parent_transaction: 'false',
  id: '192036465',
  integration_id: '4097558',
  is_3d_secure: 'true',
  is_auth: 'false',
  is_capture: 'false',
  is_refunded: 'false',
  is_standalone_payment: 'true',
  is_voided: 'false',
  [orderKey]: '217503754',
  owner: '302852',
  pending: 'false',
  'source_data.pan': '2346',
  'source_data.sub_type': 'MasterCard',
  'source_data.type': 'card',
  success: 'true',
  hmac: DOCS_HMAC,
});

describe('PAYMOB_HMAC_FIELDS', () => {
  it('lists the 20 documented fields in lexicographic order', () => {
    expect(PAYMOB_HMAC_FIELDS).toHaveLength(20);
    expect([...PAYMOB_HMAC_FIELDS].sort()).toEqual([...PAYMOB_HMAC_FIELDS]);
    expect(PAYMOB_HMAC_FIELDS).toContain('error_occured');
  });
});

describe('processed callback (POST JSON)', () => {
  it("reproduces Paymob's published concatenated string and HMAC", () => {
    expect(paymobProcessedHmacString(docsObj())).toBe(DOCS_STRING);
    expect(paymobProcessedHmac(docsObj(), DOCS_SECRET)).toBe(DOCS_HMAC);
    expect(verifyPaymobProcessed(docsObj(), DOCS_HMAC, DOCS_SECRET)).toBe(true);
  });

  it('verifies the full documented body after it went through JSON and the zod schema untouched', () => {
    const body = JSON.parse(JSON.stringify({ type: 'TRANSACTION', obj: docsObj(), issuer_bank: null }));
    const parsed = paymobProcessedCallback.parse(body);
    expect(verifyPaymobProcessed(parsed.obj, DOCS_HMAC, DOCS_SECRET)).toBe(true);
  });

  it('accepts the hmac in upper case (hex is case-insensitive)', () => {
    expect(verifyPaymobProcessed(docsObj(), DOCS_HMAC.toUpperCase(), DOCS_SECRET)).toBe(true);
  });

  it('hashes booleans lowercase, never as Python/C# print them', () => {
    expect(paymobProcessedHmacString(docsObj())).not.toMatch(/True|False/);
    const pythonStyle = { ...docsObj(), success: 'True' };
    expect(verifyPaymobProcessed(pythonStyle, DOCS_HMAC, DOCS_SECRET)).toBe(false);
  });

  it('hashes created_at exactly as received: re-serialising it breaks the HMAC', () => {
    const obj = { ...docsObj(), created_at: '2024-06-25T15:16:25.910710+04:00' };
    const hmac = paymobProcessedHmac(obj, DOCS_SECRET);
    expect(paymobProcessedHmacString(obj)).toContain('2024-06-25T15:16:25.910710+04:00');
    const reserialised = { ...obj, created_at: new Date(obj.created_at).toISOString() };
    expect(verifyPaymobProcessed(obj, hmac, DOCS_SECRET)).toBe(true);
    expect(verifyPaymobProcessed(reserialised, hmac, DOCS_SECRET)).toBe(false);
  });

  it('takes order.id from the order object, or the order itself when Paymob sends a bare id', () => {
    const bare = { ...docsObj(), order: 217503754 };
    expect(paymobProcessedHmacString(bare)).toBe(DOCS_STRING);
  });

  it('hashes null and missing values as empty strings (wallet payments: pan is the phone number)', () => {
    const wallet = { ...docsObj(), source_data: { pan: '01010101010', type: 'wallet', sub_type: null } };
    expect(paymobProcessedHmacString(wallet)).toContain('false01010101010wallettrue');
    const { owner: _owner, ...withoutOwner } = docsObj();
    expect(paymobProcessedHmacString(withoutOwner)).toContain('217503754false2346');
  });

  it.each<[string, (o: Record<string, unknown>) => void]>([
    ['amount_cents', (o) => (o.amount_cents = 1000000)],
    ['success', (o) => (o.success = false)],
    ['pending', (o) => (o.pending = true)],
    ['order.id', (o) => ((o.order as Record<string, unknown>).id = 217503755)],
    ['source_data.pan', (o) => ((o.source_data as Record<string, unknown>).pan = '2347')],
  ])('rejects a tampered %s', (_, tamper) => {
    const obj = docsObj();
    tamper(obj);
    expect(verifyPaymobProcessed(obj, DOCS_HMAC, DOCS_SECRET)).toBe(false);
  });

  it('rejects the right HMAC under another secret', () => {
    expect(verifyPaymobProcessed(docsObj(), DOCS_HMAC, 'another-secret')).toBe(false);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['short', DOCS_HMAC.slice(0, 64)],
    ['one char longer', `${DOCS_HMAC}0`],
    ['same length, not hex', 'z'.repeat(128)],
    ['multi-byte text of the right length', 'é'.repeat(64)],
    ['a number', 12345],
  ])('returns false, without throwing, for a %s hmac', (_, hmac) => {
    expect(verifyPaymobProcessed(docsObj(), hmac as string, DOCS_SECRET)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'TRANSACTION'],
    ['an array', [docsObj()]],
    ['an object with hostile getters', Object.defineProperty({}, 'amount_cents', { get: () => { throw new Error('boom'); }, enumerable: true })],
  ])('returns false, without throwing, when obj is %s', (_, obj) => {
    expect(verifyPaymobProcessed(obj, DOCS_HMAC, DOCS_SECRET)).toBe(false);
  });
});

describe('response callback (GET redirect)', () => {
  it('verifies the published vector carried as a query with order_id (the field list of the docs)', () => {
    expect(paymobResponseHmacString(docsQuery('order_id'))).toBe(DOCS_STRING);
    expect(verifyPaymobResponse(docsQuery('order_id'), DOCS_SECRET)).toBe(true);
  });

  it('verifies it with order, as real redirects and the example URL on the callbacks page carry it', () => {
    const query = new URLSearchParams(docsQuery('order'));
    expect(paymobResponseHmacString(query)).toBe(DOCS_STRING);
    expect(verifyPaymobResponse(query, DOCS_SECRET)).toBe(true);
  });

  it('prefers order over order_id when both are present', () => {
    const query = { ...docsQuery('order'), order_id: '1' };
    expect(verifyPaymobResponse(query, DOCS_SECRET)).toBe(true);
    const swapped = { ...docsQuery('order_id'), order: '1' };
    expect(verifyPaymobResponse(swapped, DOCS_SECRET)).toBe(false);
  });

  it('reads percent-encoded values decoded, as they were signed (created_at with colons and zone)', () => {
    const created = '2024-06-25T15:16:25.910710+04:00';
    const hmac = paymobResponseHmac({ ...docsQuery('order'), created_at: created }, DOCS_SECRET);
    const url = new URL('https://merchant.example/paymob/return');
    for (const [k, v] of Object.entries({ ...docsQuery('order'), created_at: created, hmac })) url.searchParams.set(k, v);
    expect(url.search).toContain('created_at=2024-06-25T15%3A16%3A25.910710%2B04%3A00');
    expect(verifyPaymobResponse(new URL(url.toString()).searchParams, DOCS_SECRET)).toBe(true);
  });

  /**
   * Paymob's redirect sample (wallet payment, `order` not `order_id`) from the HMAC section of the
   * manage-callback page. Its published HMAC was made with a redacted secret, so only the string is checked.
   * The page prints created_at as "113A253A08": the colons percent-encoded with the '%' lost; the value that
   * arrives in the query, decoded, is "11:25:08".
   */
  it("builds the string of Paymob's wallet redirect sample", () => {
    const q = {
      id: '201972898', pending: 'false', amount_cents: '200000', success: 'true', is_auth: 'false', is_capture: 'false',
      is_standalone_payment: 'true', is_voided: 'false', is_refunded: 'false', is_3d_secure: 'false', integration_id: '1996388',
      profile_id: '168651', has_parent_transaction: 'false', order: '228276342', created_at: '2024-07-21T11:25:08.633747',
      currency: 'EGP', is_void: 'false', is_refund: 'false', error_occured: 'false', owner: '310964',
      'data.message': 'Transaction has been completed successfully.', 'source_data.type': 'wallet',
      'source_data.pan': '01010101010', 'source_data.sub_type': 'wallet', txn_response_code: '200',
    };
    const documented =
      '2000002024-07-21T113A253A08.633747EGPfalsefalse2019728981996388falsefalsefalsefalsetruefalse228276342310964false01010101010walletwallettrue';
    expect(paymobResponseHmacString(q)).toBe(documented.replace('113A253A08', '11:25:08'));
  });

  it('rejects a tampered query and a query without hmac, without throwing', () => {
    expect(verifyPaymobResponse({ ...docsQuery('order'), success: 'false' }, DOCS_SECRET)).toBe(false);
    expect(verifyPaymobResponse({ ...docsQuery('order'), amount_cents: '1' }, DOCS_SECRET)).toBe(false);
    const { hmac: _h, ...noHmac } = docsQuery('order');
    expect(verifyPaymobResponse(noHmac, DOCS_SECRET)).toBe(false);
    expect(verifyPaymobResponse({ ...docsQuery('order'), hmac: 'x' }, DOCS_SECRET)).toBe(false);
  });
});

describe('paymobResponseQueryOf', () => {
  it('carries every HMAC field, so the redirect signs the same string as the processed callback', () => {
    const obj = { ...docsObj(), order: { id: 217503754, merchant_order_id: 'pay_123' } };
    const q = paymobResponseQueryOf(obj);
    expect(paymobResponseHmacString(q)).toBe(paymobProcessedHmacString(obj));
    expect(q).not.toHaveProperty('hmac');
    expect(q).toMatchObject({
      id: '192036465',
      order: '217503754',
      merchant_order_id: 'pay_123',
      success: 'true',
      'source_data.pan': '2346',
      'data.message': 'Approved',
      txn_response_code: 'APPROVED',
      acq_response_code: '00',
    });
    expect(Object.values(q).every((v) => typeof v === 'string')).toBe(true);
  });

  it('signs into a redirect URL that verifyPaymobResponse accepts', () => {
    const q = paymobResponseQueryOf(docsObj());
    const params = new URLSearchParams({ ...q, hmac: paymobResponseHmac(q, DOCS_SECRET) });
    expect(params.get('hmac')).toBe(DOCS_HMAC);
    expect(verifyPaymobResponse(new URLSearchParams(params.toString()), DOCS_SECRET)).toBe(true);
  });

  it('leaves out non-HMAC fields that are null', () => {
    const q = paymobResponseQueryOf(docsObj());
    expect(q).not.toHaveProperty('refunded_amount_cents');
    expect(q).not.toHaveProperty('merchant_order_id');
    expect(q.updated_at).toBe('2024-06-13T11:34:07.272638');
  });
});
