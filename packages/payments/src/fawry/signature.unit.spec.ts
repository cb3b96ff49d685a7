import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvalidAmountError } from '../errors';
import {
  fawryAmount,
  fawryChargeSignature,
  fawryNotificationSignature,
  fawryReceivedAmount,
  fawryRefundSignature,
  fawryStatusSignature,
  verifyFawryNotification,
} from './signature';
import { FAWRY_STATUSES, fawryNotificationV2 } from './types';

/** Expected values are SHA-256 of the concatenation written out by hand, independent of our formatting code. */
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('fawryAmount (piasters → two decimals, integer arithmetic)', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [84000, '840.00'],
    [84050, '840.50'],
    [36250, '362.50'],
    [123456789, '1234567.89'],
  ])('%i piasters → %s', (p, s) => expect(fawryAmount(p)).toBe(s));

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %s', (p) => {
    expect(() => fawryAmount(p)).toThrow(InvalidAmountError);
  });
});

describe('fawryReceivedAmount (what Fawry sends → what its signature hashes)', () => {
  it.each<[string, unknown, string]>([
    ['a JSON integer', 840, '840.00'],
    ['840.0 as JSON parses it', (JSON.parse('{"a":840.0}') as { a: number }).a, '840.00'],
    ['840.5', 840.5, '840.50'],
    ['text "840.00"', '840.00', '840.00'],
    ['text "840.50"', '840.50', '840.50'],
    ['text "840"', '840', '840.00'],
    ['text "840.5"', '840.5', '840.50'],
    ['text with trailing zeros "840.500"', '840.500', '840.50'],
    ['0.1 + 0.2', 0.1 + 0.2, '0.30'],
    ['1.15 (stored as 1.1499999…)', 1.15, '1.15'],
    ['8.4e2', 8.4e2, '840.00'],
    ['a large amount', 1234567.89, '1234567.89'],
    ['zero', 0, '0.00'],
  ])('%s', (_, v, s) => expect(fawryReceivedAmount(v)).toBe(s));

  it.each<[string, unknown]>([
    ['text that is not a number', 'abc'],
    ['empty text', ''],
    ['exponent text', '1e3'],
    ['a negative number', -1],
    ['text more precise than a piaster', '840.505'],
    ['a number more precise than a piaster', 840.123],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['an object', {}],
    ['a boolean', true],
  ])('throws InvalidAmountError on %s', (_, v) => {
    expect(() => fawryReceivedAmount(v)).toThrow(InvalidAmountError);
  });
});

describe('fawryChargeSignature', () => {
  /**
   * Third-party vector (not published by Fawry): the charge fixture of the fawry Ruby gem,
   * fawry-api/fawry spec/spec_helper.rb (amount 20.5 EGP, key 'fawry_secure_key'). Its charge recipe matches
   * Fawry's; only its callback recipe is wrong (see below).
   */
  it('matches the fawry Ruby gem charge fixture', () => {
    const sig = fawryChargeSignature(
      {
        merchantCode: 'merchant_code',
        merchantRefNum: 'io5jxf3jp27kfh8m719arcqgw7izo7db',
        customerProfileId: 'ocvsydvbu2gcp528wvl64i9z5srdalg5',
        paymentMethod: 'PAYATFAWRY',
        amount: 2050,
      },
      'fawry_secure_key',
    );
    expect(sig).toBe('68a1ff1e7189137f1b3c98784399b3adc49bd644d159593a8ed2fc70a810bd7b');
  });

  it('appends the card token before the key when there is one, and an empty profile id as nothing', () => {
    const p = { merchantCode: 'MC', merchantRefNum: 'pay_1', customerProfileId: '', paymentMethod: 'CARD', amount: 84050 };
    expect(fawryChargeSignature({ ...p, cardToken: 'tok' }, 'KEY')).toBe(sha256('MCpay_1CARD840.50tokKEY'));
    expect(fawryChargeSignature(p, 'KEY')).toBe(sha256('MCpay_1CARD840.50KEY'));
  });
});

describe('fawryRefundSignature', () => {
  /** Third-party vector: refund fixture of fawry-api/fawry spec/spec_helper.rb (20.5 EGP, no reason). */
  it('matches the fawry Ruby gem refund fixture', () => {
    const sig = fawryRefundSignature({ merchantCode: 'merchant_code', referenceNumber: '931337410', refundAmount: 2050 }, 'fawry_secure_key');
    expect(sig).toBe('3ddbaf9457ed9b5f6e048e1775ff7eaccd477070e31cf28a90d879e8f9689323');
  });

  it('includes the reason when there is one (Fawry docs example amount 362.50)', () => {
    const sig = fawryRefundSignature({ merchantCode: 'MC', referenceNumber: '100163201', refundAmount: 36250, reason: 'Item not delivered' }, 'KEY');
    expect(sig).toBe(sha256('MC100163201362.50Item not deliveredKEY'));
  });
});

describe('fawryStatusSignature', () => {
  /**
   * Inputs of the PHP example on Fawry's "Get Payment Status V2" page (developer.fawrystaging.com); the page
   * shows no digest, so the expectation is the documented concatenation hashed.
   */
  it('hashes merchantCode + merchantRefNumber + secureKey', () => {
    const sig = fawryStatusSignature({ merchantCode: '1tSa6uxz2nTwlaAmt38enA==', merchantRefNumber: '23124654641' }, '259af31fc2f74453b3a55739b21ae9ef');
    expect(sig).toBe(sha256('1tSa6uxz2nTwlaAmt38enA==23124654641259af31fc2f74453b3a55739b21ae9ef'));
  });
});

describe('server notification V2', () => {
  const KEY = 'test-secure-key';
  /** Shape of a real V2 callback (gist.github.com/moaazbhnas228/f4eace7067dddb5d5df6b65691a1c639); its own signature used an unknown key. */
  const callback = (over: Record<string, unknown> = {}) => {
    const n: Record<string, unknown> = {
      requestId: '39fcf5e43f2d4944b115a9a1f7948618',
      fawryRefNumber: '765158467',
      merchantRefNumber: '952897339548.1',
      customerMobile: '01027050131',
      customerMail: 'killua@mail.com',
      customerMerchantId: '6617993379996',
      paymentAmount: 840.0,
      orderAmount: 840.0,
      fawryFees: 0.0,
      orderStatus: 'PAID',
      paymentMethod: 'Mobile Wallet',
      paymentTime: 1687097294596,
      orderExpiryDate: 1687094027337,
      orderItems: [{ itemCode: '57505830994076', price: 420.0, quantity: 2 }],
      ...over,
    };
    n.messageSignature ??= sha256(`765158467952897339548.1840.00840.00PAIDMobile Wallet${String(n.paymentRefrenceNumber ?? '')}${KEY}`);
    return n;
  };

  it('hashes amounts in two decimals whether they came as 840.0 or "840.00", and paymentMethod as received', () => {
    const expected = sha256(`765158467952897339548.1840.00840.00PAIDMobile Wallet${KEY}`);
    expect(fawryNotificationSignature(fawryNotificationV2.parse(callback()), KEY)).toBe(expected);
    expect(fawryNotificationSignature(fawryNotificationV2.parse(callback({ paymentAmount: '840.00', orderAmount: '840' })), KEY)).toBe(expected);
    const raw = JSON.parse('{"fawryRefNumber":"765158467","merchantRefNumber":"952897339548.1","paymentAmount":840.0,"orderAmount":840.0,"orderStatus":"PAID","paymentMethod":"Mobile Wallet","messageSignature":"' + expected + '"}');
    expect(verifyFawryNotification(raw, KEY)).toBe(true);
  });

  it('verifies a callback with and without paymentRefrenceNumber (absent for some methods)', () => {
    expect(verifyFawryNotification(callback(), KEY)).toBe(true);
    const withRef = callback({ paymentRefrenceNumber: '12345678' });
    expect(withRef.messageSignature).toBe(sha256(`765158467952897339548.1840.00840.00PAIDMobile Wallet12345678${KEY}`));
    expect(verifyFawryNotification(withRef, KEY)).toBe(true);
    expect(verifyFawryNotification({ ...withRef, paymentRefrenceNumber: undefined }, KEY)).toBe(false);
    expect(verifyFawryNotification(callback({ paymentRefrenceNumber: null }), KEY)).toBe(true);
  });

  it('accepts an upper-case signature', () => {
    const n = callback();
    expect(verifyFawryNotification({ ...n, messageSignature: String(n.messageSignature).toUpperCase() }, KEY)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['paymentAmount', { paymentAmount: 84.0 }],
    ['orderStatus', { orderStatus: 'NEW' }],
    ['merchantRefNumber', { merchantRefNumber: '952897339548.2' }],
    ['paymentMethod', { paymentMethod: 'PAYATFAWRY' }],
  ])('rejects a tampered %s', (_, change) => {
    const n = callback();
    expect(verifyFawryNotification({ ...n, ...change }, KEY)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'PAID'],
    ['a body without signature', { ...callback(), messageSignature: undefined }],
    ['a garbage signature', { ...callback(), messageSignature: 'zz' }],
    ['a signature of the right length, not hex', { ...callback(), messageSignature: 'x'.repeat(64) }],
    ['a junk amount', { ...callback(), paymentAmount: 'lots' }],
    ['a sub-piaster amount', { ...callback(), paymentAmount: 840.001 }],
  ])('returns false, without throwing, for %s', (_, body) => {
    expect(verifyFawryNotification(body, KEY)).toBe(false);
  });

  /**
   * Not a vector: the fawry Ruby gem's callback fixture (fawry-api/fawry spec/spec_helper.rb, also copied into
   * fawry-node's README) was signed by the gem's buggy recipe, which reads `merchantRefNum` (absent from a V2
   * callback) instead of `merchantRefNumber`, so merchantRefNumber is missing from the hashed string.
   */
  it('does not accept the fawry Ruby gem callback fixture, whose signature omits merchantRefNumber', () => {
    const gem = {
      requestId: 'c72827d084ea4b88949d91dd2db4996e', fawryRefNumber: '970177', merchantRefNumber: '9708f1cea8b5426cb57922df51b7f790',
      customerMobile: '01004545545', customerMail: 'fawry@fawry.com', paymentAmount: 152.0, orderAmount: 150.0, fawryFees: 2.0,
      shippingFees: '', orderStatus: 'NEW', paymentMethod: 'PAYATFAWRY',
      messageSignature: 'b0175565323e464b01dc9407160368af5568196997fb6e379374a4f4fbbcf587', orderExpiryDate: 1533554719314,
    };
    expect(sha256('970177152.00150.00NEWPAYATFAWRYfawry_secure_key')).toBe(gem.messageSignature);
    expect(verifyFawryNotification(gem, 'fawry_secure_key')).toBe(false);
  });
});

describe('FAWRY_STATUSES', () => {
  it('lists the order statuses plus UNPAID', () => {
    expect([...FAWRY_STATUSES].sort()).toEqual(['CANCELED', 'EXPIRED', 'FAILED', 'NEW', 'PAID', 'PARTIAL_REFUNDED', 'REFUNDED', 'UNPAID']);
  });
});
