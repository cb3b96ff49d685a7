/** Demo people and places. Fixed ids so the seed is idempotent and tests can name them. */
export const demoPharmacies = [
  { id: 'ph-ezaby-maadi', name: 'El Ezaby Pharmacy – Maadi', nameAr: 'صيدليات العزبي – المعادي', city: 'Cairo',
    governorate: '01', address: '9 Road 9, Maadi', licenceNumber: 'CAI-10231', commercialRegistration: '184532',
    iban: 'EG380019000500000000263180002' },
  { id: 'ph-seif-smouha', name: 'Seif Pharmacy – Smouha', nameAr: 'صيدليات سيف – سموحة', city: 'Alexandria',
    governorate: '02', address: '14 Victor Emmanuel Sq, Smouha', licenceNumber: 'ALX-5520', commercialRegistration: '77310',
    iban: 'EG800002000156789012345180002' },
] as const;

/**
 * Patients carry a (test) national ID and birth date: MedCards are issued from them. They have their name in both
 * scripts (Latin `name`, Arabic `nameAr`), as registered patients do; staff have a Latin name only.
 */
export const demoUsers = [
  { id: 'u-admin', role: 'superadmin', name: 'Nadia Fahmy', nameAr: null, email: 'admin@healthpay.eg', phone: null, locale: 'en', pharmacyId: null, nationalId: null, dateOfBirth: null },
  { id: 'u-support', role: 'support', name: 'Yasmin Adel', nameAr: null, email: 'support@healthpay.eg', phone: null, locale: 'en', pharmacyId: null, nationalId: null, dateOfBirth: null },
  { id: 'u-reviewer', role: 'claims_reviewer', name: 'Tarek Samir', nameAr: null, email: 'claims@healthpay.eg', phone: null, locale: 'en', pharmacyId: null, nationalId: null, dateOfBirth: null },
  { id: 'u-finance', role: 'finance', name: 'Hoda Ragab', nameAr: null, email: 'finance@healthpay.eg', phone: null, locale: 'en', pharmacyId: null, nationalId: null, dateOfBirth: null },
  { id: 'u-pharmacist', role: 'pharmacist', name: 'Karim Mostafa', nameAr: null, email: 'pharmacist@ezaby.eg', phone: null, locale: 'ar', pharmacyId: 'ph-ezaby-maadi', nationalId: null, dateOfBirth: null },
  { id: 'u-pharmacist-seif', role: 'pharmacist', name: 'Laila Nabil', nameAr: null, email: 'pharmacist@seif.eg', phone: null, locale: 'ar', pharmacyId: 'ph-seif-smouha', nationalId: null, dateOfBirth: null },
  { id: 'u-ahmed', role: 'patient', name: 'Ahmed Hassan', nameAr: 'أحمد حسن', email: null, phone: '+201001234567', locale: 'ar', pharmacyId: null, nationalId: '28503140101235', dateOfBirth: '1985-03-14' },
  { id: 'u-mona', role: 'patient', name: 'Mona Ali', nameAr: 'منى علي', email: null, phone: '+201112345678', locale: 'ar', pharmacyId: null, nationalId: '28807022101248', dateOfBirth: '1988-07-02' },
  { id: 'u-omar', role: 'patient', name: 'Omar Khaled', nameAr: 'عمر خالد', email: null, phone: '+201223456789', locale: 'en', pharmacyId: null, nationalId: '29206150101357', dateOfBirth: '1992-06-15' },
] as const;

/** The demo pharmacist who is also their pharmacy's manager (users.pharmacy_role). */
export const DEMO_PHARMACY_MANAGER = 'u-pharmacist';

export const demoWallets = {
  ahmed: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001', ownerId: 'u-ahmed' },
  mona: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0002', ownerId: 'u-mona' },
  omar: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0003', ownerId: 'u-omar' },
} as const;

/**
 * Demo MedCards (card numbers are valid: HP- and 10 digits ending in a Luhn check digit). Ahmed's gold card
 * covers his wife and son; Omar holds a silver card alone. Mona is a patient of her own, not on Ahmed's card.
 */
export const demoMedCards = {
  ahmed: {
    cardId: 'HP-1000000172',
    holderUserId: 'u-ahmed',
    tier: 'gold',
    self: '5eedb000-0000-4000-8000-000000000001',
    spouse: '5eedb000-0000-4000-8000-000000000002',
    child: '5eedb000-0000-4000-8000-000000000003',
  },
  omar: { cardId: 'HP-1000000255', holderUserId: 'u-omar', tier: 'silver', self: '5eedb000-0000-4000-8000-000000000004' },
} as const;
