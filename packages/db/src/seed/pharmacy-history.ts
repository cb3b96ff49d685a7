import {
  decidePharmacy, decidePharmacyRegistration, evolvePharmacy, initialPharmacyLicenceState, initialPharmacyState, normalizeLicenceNumber,
  pharmacyLicenceStreamId,
} from '@healthpay/domain';
import { newEventId } from '../event-store/event-id';
import { EventStore } from '../event-store/event-store';
import type { StoredEvent } from '../event-store/types';
import type { Pool } from '../postgres/pool';
import { demoPharmacies } from './demo-data';

const DAY = 86_400_000;

const appended = (events: { type: string; data: unknown }[], actorId: string) =>
  events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId, operation: 'seed' } }));

/**
 * The demo pharmacies as the pharmacy aggregate has them: registered (with the licence claim) and activated
 * 60 days ago, through the domain, so they can be edited and suspended like any onboarded pharmacy. Once per
 * pharmacy (databases seeded before onboarding get them on the next start).
 */
export async function seedDemoPharmacies(pool: Pool, now: Date): Promise<boolean> {
  const store = new EventStore(pool, { maxBatch: 1, maxInFlight: 1 });
  const meta = { now: new Date(now.getTime() - 60 * DAY).toISOString(), actorId: 'u-admin' };
  let seeded = false;
  for (const p of demoPharmacies) {
    const existing: StoredEvent[] = await store.readStream(p.id, 0);
    if (existing.length > 0) continue;
    const { pharmacy, licence } = decidePharmacyRegistration({
      type: 'RegisterPharmacy',
      data: { pharmacyId: p.id, nameEn: p.name, nameAr: p.nameAr, governorate: p.governorate, city: p.city, address: p.address,
        licenceNumber: p.licenceNumber, commercialRegistration: p.commercialRegistration, iban: p.iban },
      meta,
    }, initialPharmacyState, initialPharmacyLicenceState);
    const activated = decidePharmacy({ type: 'ActivatePharmacy', data: { pharmacyId: p.id }, meta }, pharmacy.reduce(evolvePharmacy, initialPharmacyState));
    const outcome = await store.append({ streams: [
      { streamId: p.id, aggregateType: 'pharmacy', expectedVersion: 0, events: appended([...pharmacy, ...activated], meta.actorId) },
      { streamId: pharmacyLicenceStreamId(normalizeLicenceNumber(p.licenceNumber)), aggregateType: 'pharmacy-licence', expectedVersion: 0, events: appended(licence, meta.actorId) },
    ] });
    if (outcome.status !== 'committed') throw new Error(`seed append failed: ${outcome.status}`);
    seeded = true;
  }
  return seeded;
}
