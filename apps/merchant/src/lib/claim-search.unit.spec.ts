import { describe, expect, it } from 'vitest';
import { hasSearch, searchFromParams, searchInput, searchToParams } from './claim-search';

describe('a claim search in the URL', () => {
  it('reads every field, trimmed', () => {
    const p = new URLSearchParams({ card: ' HP-1000000255 ', rx: 'RX-1', patient: 'أحمد', status: 'partial', from: '2026-12-01', to: '2026-12-06' });
    expect(searchFromParams(p)).toEqual({ card: 'HP-1000000255', rx: 'RX-1', patient: 'أحمد', status: 'partial', from: '2026-12-01', to: '2026-12-06' });
  });

  it('leaves out what is empty or malformed rather than refusing the page', () => {
    const p = new URLSearchParams({ card: '  ', status: 'paid', from: '6/12/2026', to: '2026-12-06' });
    expect(searchFromParams(p)).toEqual({ to: '2026-12-06' });
    expect(hasSearch(searchFromParams(new URLSearchParams()))).toBe(false);
  });

  it('caps the lengths the API accepts', () => {
    expect(searchFromParams(new URLSearchParams({ patient: 'x'.repeat(300) })).patient).toHaveLength(100);
  });

  it('writes back the same parameters, so a shared link shows the same claims', () => {
    const search = { patient: 'Omar Khaled', status: 'approved' as const, from: '2026-12-01' };
    const qs = searchToParams(search).toString();
    expect(qs).toBe('patient=Omar+Khaled&status=approved&from=2026-12-01');
    expect(searchFromParams(new URLSearchParams(qs))).toEqual(search);
  });

  it('becomes the claims.search input', () => {
    expect(searchInput({ card: '1000000255', rx: 'RX', patient: 'a', status: 'rejected', from: '2026-01-01', to: '2026-01-02' })).toEqual({
      cardNumber: '1000000255', prescriptionId: 'RX', patientName: 'a', status: 'rejected', from: '2026-01-01', to: '2026-01-02',
    });
  });
});
