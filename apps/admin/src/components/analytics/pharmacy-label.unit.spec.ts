import { describe, expect, it } from 'vitest';
import { pharmacyLabel } from './pharmacy-label';

const ezaby = { pharmacyId: 'ph-ezaby-maadi', pharmacyName: 'El Ezaby Pharmacy – Maadi', pharmacyNameAr: 'صيدليات العزبي – المعادي' };

describe('pharmacyLabel', () => {
  it('shows the Arabic name to Arabic viewers and the English name to English viewers', () => {
    expect(pharmacyLabel(ezaby, 'ar')).toBe('صيدليات العزبي – المعادي');
    expect(pharmacyLabel(ezaby, 'en')).toBe('El Ezaby Pharmacy – Maadi');
  });
  it('falls back to the other language when the viewer’s is missing', () => {
    expect(pharmacyLabel({ ...ezaby, pharmacyNameAr: null }, 'ar')).toBe('El Ezaby Pharmacy – Maadi');
    expect(pharmacyLabel({ ...ezaby, pharmacyName: null }, 'en')).toBe('صيدليات العزبي – المعادي');
  });
  it('falls back to the id for a pharmacy missing from the read model', () => {
    expect(pharmacyLabel({ pharmacyId: 'ph-gone', pharmacyName: null, pharmacyNameAr: null }, 'ar')).toBe('ph-gone');
  });
});
