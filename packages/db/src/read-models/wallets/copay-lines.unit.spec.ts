import { describe, expect, it } from 'vitest';
import { copayCaptureOf, copayRefundOf } from './copay-lines';

const ezaby = { pharmacyId: 'ph-ezaby-maadi', pharmacyName: 'El Ezaby', pharmacyNameAr: 'العزبي' };

describe('wallet lines that paid or refunded a copay', () => {
  it('a capture names the prescription, from the reference with the pharmacy and from the older one without', () => {
    expect(copayCaptureOf('copay:HP-1:ph-ezaby-maadi:rx-1', ezaby)).toEqual({ pharmacyName: 'El Ezaby', pharmacyNameAr: 'العزبي', prescriptionId: 'rx-1' });
    expect(copayCaptureOf('copay:HP-1:rx-1', ezaby)?.prescriptionId).toBe('rx-1');
    // An id with colons of its own stays whole.
    expect(copayCaptureOf('copay:HP-1:ph-ezaby-maadi:rx:2026:7', ezaby)?.prescriptionId).toBe('rx:2026:7');
  });

  it('a refund names the prescription; anything else (or an unknown pharmacy) is not a copay line', () => {
    expect(copayRefundOf('copay-refund:HP-1:ph-ezaby-maadi:rx-1', ezaby)?.prescriptionId).toBe('rx-1');
    expect(copayRefundOf('payment:p-1', ezaby)).toBeNull();
    expect(copayRefundOf('copay-refund:HP-1:ph-x:rx-1', { pharmacyId: null, pharmacyName: null, pharmacyNameAr: null })).toBeNull();
    expect(copayCaptureOf(null, ezaby)).toBeNull();
  });
});
