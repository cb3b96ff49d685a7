/** Demo people and places. Fixed ids so the seed is idempotent and tests can name them. */
export const demoPharmacies = [
  { id: 'ph-ezaby-maadi', name: 'El Ezaby Pharmacy – Maadi', nameAr: 'صيدليات العزبي – المعادي', city: 'Cairo' },
  { id: 'ph-seif-smouha', name: 'Seif Pharmacy – Smouha', nameAr: 'صيدليات سيف – سموحة', city: 'Alexandria' },
] as const;

export const demoUsers = [
  { id: 'u-admin', role: 'admin', name: 'Nadia Fahmy', email: 'admin@healthpay.eg', phone: null, locale: 'en', pharmacyId: null },
  { id: 'u-pharmacist', role: 'pharmacist', name: 'Karim Mostafa', email: 'pharmacist@ezaby.eg', phone: null, locale: 'ar', pharmacyId: 'ph-ezaby-maadi' },
  { id: 'u-ahmed', role: 'patient', name: 'أحمد حسن', email: null, phone: '+201001234567', locale: 'ar', pharmacyId: null },
  { id: 'u-mona', role: 'patient', name: 'منى علي', email: null, phone: '+201112345678', locale: 'ar', pharmacyId: null },
  { id: 'u-omar', role: 'patient', name: 'Omar Khaled', email: null, phone: '+201223456789', locale: 'en', pharmacyId: null },
] as const;

export const demoWallets = {
  ahmed: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0001', ownerId: 'u-ahmed' },
  mona: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0002', ownerId: 'u-mona' },
  omar: { walletId: '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d0003', ownerId: 'u-omar' },
} as const;
