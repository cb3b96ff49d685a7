import { describe, expect, it } from 'vitest';
import { EVERYTHING, livePayloadOf, liveTopicsOf, parseLivePayload } from './live-topics';

const ev = (aggregateType: string, streamId: string, type: string, data: unknown = {}) => ({ aggregateType, streamId, type, data });

describe('live topics of a projected batch', () => {
  it('names the wallet a wallet event or a payment event moved', () => {
    expect(liveTopicsOf([ev('wallet', 'w-1', 'WalletCredited'), ev('payment', 'p-1', 'PaymentSucceeded', { walletId: 'w-2' })])).toEqual(['wallet:w-1', 'wallet:w-2']);
  });

  it('names the card and the pharmacy of a claim, and the review queue for insurance claims', () => {
    const claim = ev('medcard', 'c-1', 'PrescriptionClaimApproved', { claim: { pharmacyId: 'ph-1' } });
    const insurance = ev('medcard', 'c-2', 'InsuranceClaimFiled', { filedBy: { role: 'pharmacist', pharmacyId: 'ph-2' } });
    expect(liveTopicsOf([claim, insurance])).toEqual(['card:c-1', 'card:c-2', 'insurance', 'pharmacy:ph-1', 'pharmacy:ph-2']);
  });

  it('carries ids only, each once, in a stable order', () => {
    const twice = [ev('wallet', 'w-1', 'WalletDebited', { amount: 500, reference: 'x' }), ev('wallet', 'w-1', 'WalletCredited', { amount: 7 })];
    expect(liveTopicsOf(twice)).toEqual(['wallet:w-1']);
    expect(livePayloadOf(twice)).toBe('wallet:w-1');
  });

  it('says nothing for a batch that changes nothing a portal shows', () => {
    expect(livePayloadOf([ev('pharmacy-licence', 'l-1', 'PharmacyLicenceClaimed')])).toBeNull();
  });

  it('says "everything" when the topics would not fit in a NOTIFY payload', () => {
    const many = Array.from({ length: 400 }, (_, i) => ev('wallet', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, 'WalletCredited'));
    expect(livePayloadOf(many)).toBe(EVERYTHING);
  });

  it('reads a payload back into topics', () => {
    expect(parseLivePayload('card:c-1 wallet:w-1')).toEqual(['card:c-1', 'wallet:w-1']);
    expect(parseLivePayload('')).toEqual([]);
  });
});
