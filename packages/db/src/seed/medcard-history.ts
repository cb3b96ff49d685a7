import { medCardDecider, type MedCardCommand, type MedCardState, type PrescriptionLineInput } from '@healthpay/domain';
import { newEventId } from '../event-store/event-id';
import { EventStore } from '../event-store/event-store';
import type { Pool } from '../postgres/pool';
import { demoMedCards, demoPharmacies, demoUsers } from './demo-data';

const DAY = 86_400_000;
type Body = Omit<MedCardCommand, 'meta'>;

const line = (drugCode: string, drugName: string, quantity: number, unitPrice: number): PrescriptionLineInput =>
  ({ drugCode, drugName, quantity, unitPrice, totalPrice: quantity * unitPrice });

const person = (userId: 'u-ahmed' | 'u-omar') => {
  const u = demoUsers.find((x) => x.id === userId);
  if (!u?.nationalId || !u.dateOfBirth || !u.phone) throw new Error(`demo user ${userId} lacks identity data`);
  // The card is issued in the script of the holder's language: Ahmed's in Arabic, Omar's in Latin letters.
  const name = u.locale === 'ar' ? u.nameAr : u.name;
  return { userId, name, nationalId: u.nationalId, dateOfBirth: u.dateOfBirth, mobile: u.phone };
};

/** What happened to each demo card (amounts in piasters), oldest first, with how many days ago it happened. */
function demoMedCardHistory(now: Date): { daysAgo: number; actorId: string; command: Body }[] {
  const { ahmed, omar } = demoMedCards;
  const [ezaby, seif] = [demoPharmacies[0].id, demoPharmacies[1].id];
  const expiresAt = new Date(now.getTime() + 320 * DAY).toISOString();
  const claim = (cardId: string, prescriptionId: string, pharmacyId: string, beneficiaryId: string, lines: PrescriptionLineInput[]): Body => ({
    type: 'SubmitPrescriptionClaim',
    data: { cardId, claim: { prescriptionId, pharmacyId, beneficiaryId, lines, submittedTotal: lines.reduce((s, l) => s + l.totalPrice, 0) } },
  });
  const staff = 'u-admin';
  const pharmacist = 'u-pharmacist';
  return [
    { daysAgo: 45, actorId: staff, command: { type: 'IssueMedCard', data: {
      cardId: ahmed.cardId, tier: 'gold', holder: { ...person('u-ahmed'), beneficiaryId: ahmed.self }, expiresAt,
      insurance: { provider: 'Misr Insurance', policyNumber: 'MI-2026-004512' } } } },
    { daysAgo: 45, actorId: staff, command: { type: 'ActivateMedCard', data: { cardId: ahmed.cardId } } },
    { daysAgo: 44, actorId: staff, command: { type: 'AddBeneficiary', data: { cardId: ahmed.cardId, beneficiary: {
      beneficiaryId: ahmed.spouse, relationship: 'spouse', name: 'هبة محمود', nationalId: '28904100102463', dateOfBirth: '1989-04-10', mobile: '+201001112233' } } } },
    { daysAgo: 44, actorId: staff, command: { type: 'AddBeneficiary', data: { cardId: ahmed.cardId, beneficiary: {
      beneficiaryId: ahmed.child, relationship: 'child', name: 'يوسف أحمد', nationalId: '31509300204571', dateOfBirth: '2015-09-30' } } } },
    { daysAgo: 20, actorId: pharmacist, command: claim(ahmed.cardId, 'RX-DEMO-1001', ezaby, ahmed.self, [
      line('EG-BIS5', 'Concor 5 mg (30 tablets)', 2, 6_500), line('EG-MET1000', 'Glucophage 1000 mg (30 tablets)', 1, 4_300)]) },
    { daysAgo: 6, actorId: staff, command: claim(ahmed.cardId, 'RX-DEMO-1002', seif, ahmed.child, [
      line('EG-AUG457', 'Augmentin 457 mg suspension', 1, 9_875), line('EG-PAN-SYR', 'Panadol children syrup', 1, 2_450)]) },
    { daysAgo: 5, actorId: staff, command: { type: 'FileInsuranceClaim', data: {
      cardId: ahmed.cardId, claimId: '5eedc000-0000-4000-8000-000000000001', amount: 2_465, prescriptionId: 'RX-DEMO-1002', filerRole: 'staff',
      documents: [{ name: 'seif-invoice-1002.pdf', contentType: 'application/pdf', size: 184_320 }] } } },
    { daysAgo: 2, actorId: pharmacist, command: claim(ahmed.cardId, 'RX-DEMO-1003', ezaby, ahmed.spouse, [
      line('EG-ELT100', 'Eltroxin 100 mcg (50 tablets)', 1, 3_900)]) },
    { daysAgo: 15, actorId: staff, command: { type: 'IssueMedCard', data: {
      cardId: omar.cardId, tier: 'silver', holder: { ...person('u-omar'), beneficiaryId: omar.self }, expiresAt } } },
    { daysAgo: 15, actorId: staff, command: { type: 'ActivateMedCard', data: { cardId: omar.cardId } } },
    { daysAgo: 3, actorId: pharmacist, command: claim(omar.cardId, 'RX-DEMO-2001', ezaby, omar.self, [
      line('EG-NEX40', 'Nexium 40 mg (14 tablets)', 1, 15_600)]) },
  ];
}

/** Demo MedCards written as real events (aggregate type `medcard`), once. */
export async function seedDemoMedCards(pool: Pool, now: Date): Promise<boolean> {
  const seeded = await pool.query('SELECT 1 FROM events WHERE aggregate_id = $1 LIMIT 1', [demoMedCards.ahmed.cardId]);
  if (seeded.rowCount) return false;
  const store = new EventStore(pool, { maxBatch: 1, maxInFlight: 1 });
  const cards = new Map<string, { state: MedCardState; version: number }>();
  for (const { daysAgo, actorId, command } of demoMedCardHistory(now)) {
    const c = { ...command, meta: { now: new Date(now.getTime() - daysAgo * DAY).toISOString(), actorId } } as MedCardCommand;
    const cur = cards.get(c.data.cardId) ?? { state: medCardDecider.initialState, version: 0 };
    const events = medCardDecider.decide(c, cur.state);
    const outcome = await store.append({ streams: [{
      streamId: c.data.cardId, aggregateType: 'medcard', expectedVersion: cur.version,
      events: events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId, operation: 'seed' } })),
    }] });
    if (outcome.status !== 'committed') throw new Error(`seed append failed: ${outcome.status}`);
    cards.set(c.data.cardId, { state: events.reduce(medCardDecider.evolve, cur.state), version: cur.version + events.length });
  }
  return true;
}
