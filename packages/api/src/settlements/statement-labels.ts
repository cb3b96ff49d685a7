/** The words of a statement export (CSV and PDF), in the reader's language. Rendered server-side, so kept here. */
export type ExportLocale = 'ar' | 'en';

export const statementLabels = {
  en: {
    title: 'Settlement statement', pharmacy: 'Pharmacy', period: 'Period', status: 'Status', statementId: 'Statement',
    columns: { occurredAt: 'Date', kind: 'Line', prescriptionId: 'Prescription', cardId: 'Card', benefit: 'Benefit', walletCopay: 'Wallet copay', commission: 'Commission', adjustment: 'Adjustment', net: 'Net', currency: 'Currency' },
    kind: { claim: 'Claim', reversal: 'Reversal' } as Record<string, string>,
    totals: { grossBenefit: 'Gross benefit', walletCopay: 'Wallet copays', commission: 'Commission', adjustments: 'Adjustments', netPayable: 'Net payable' },
    statusNames: { open: 'Open', closed: 'Closed', approved: 'Approved', paid: 'Paid', disputed: 'Disputed' } as Record<string, string>,
    payout: 'Payout reference', currency: 'EGP', generated: 'Amounts in Egyptian pounds. Times in Cairo.',
  },
  ar: {
    title: 'كشف تسوية', pharmacy: 'الصيدلية', period: 'الفترة', status: 'الحالة', statementId: 'رقم الكشف',
    columns: { occurredAt: 'التاريخ', kind: 'البند', prescriptionId: 'الروشتة', cardId: 'البطاقة', benefit: 'المزايا', walletCopay: 'المساهمة من المحفظة', commission: 'العمولة', adjustment: 'التسوية', net: 'الصافي', currency: 'العملة' },
    kind: { claim: 'مطالبة', reversal: 'إلغاء مطالبة' } as Record<string, string>,
    totals: { grossBenefit: 'إجمالي المزايا', walletCopay: 'المساهمات من المحفظة', commission: 'العمولة', adjustments: 'التسويات', netPayable: 'صافي المستحق' },
    statusNames: { open: 'مفتوح', closed: 'مغلق', approved: 'معتمد', paid: 'مدفوع', disputed: 'معترض عليه' } as Record<string, string>,
    payout: 'مرجع الدفع', currency: 'ج.م.', generated: 'المبالغ بالجنيه المصري. الأوقات بتوقيت القاهرة.',
  },
} as const;
