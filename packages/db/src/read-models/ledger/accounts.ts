/**
 * The chart of accounts. Balances are signed debit − credit, so Σ over every account is 0. Assets (clearing, bank,
 * receivables) and expenses carry debit balances; liabilities (wallets, pharmacy payables) and revenue carry credit
 * balances. docs/finance.md explains each account and what posts to it.
 */
export const account = {
  wallet: (walletId: string) => `wallet:${walletId}`,
  clearing: (provider: string) => `clearing:${provider}`,
  pharmacyPayable: (pharmacyId: string) => `pharmacy-payable:${pharmacyId}`,
  insurerReceivable: (insurerKey: string) => `insurer-receivable:${insurerKey}`,
  benefitExpense: 'benefit-expense',
  commissionRevenue: 'commission-revenue',
  bank: 'bank',
  /** One wallet's transfer leg is out, the other's in: both legs post against it, so it nets to 0 per transfer. */
  transfersInTransit: 'transfers-in-transit',
  /** Staff credits (cash at a branch, goodwill) and debits of a wallet. */
  staffAdjustments: 'staff-adjustments',
  /** Captures of holds placed without a pharmacy (older copay holds, staff holds). */
  unattributedCaptures: 'unattributed-captures',
} as const;

export type AccountKind =
  | 'wallet' | 'clearing' | 'pharmacy-payable' | 'insurer-receivable' | 'benefit-expense' | 'commission-revenue' | 'bank'
  | 'transfers-in-transit' | 'staff-adjustments' | 'unattributed-captures';

export type AccountClass = 'asset' | 'liability' | 'expense' | 'revenue' | 'equity' | 'suspense';

export interface AccountDefinition {
  kind: AccountKind;
  class: AccountClass;
  nameEn: string;
  nameAr: string;
  /** True for a family of accounts, one per wallet / provider / pharmacy / insurer. */
  perParty: boolean;
}

export const chartOfAccounts: readonly AccountDefinition[] = [
  { kind: 'wallet', class: 'liability', nameEn: 'Patient wallet', nameAr: 'محفظة المريض', perParty: true },
  { kind: 'clearing', class: 'asset', nameEn: 'Payment provider clearing', nameAr: 'مقاصة مزود الدفع', perParty: true },
  { kind: 'pharmacy-payable', class: 'liability', nameEn: 'Payable to pharmacy', nameAr: 'مستحقات الصيدلية', perParty: true },
  { kind: 'insurer-receivable', class: 'asset', nameEn: 'Receivable from insurer', nameAr: 'مستحق من شركة التأمين', perParty: true },
  { kind: 'benefit-expense', class: 'expense', nameEn: 'Benefit expense', nameAr: 'مصروفات المزايا', perParty: false },
  { kind: 'commission-revenue', class: 'revenue', nameEn: 'Commission revenue', nameAr: 'إيرادات العمولات', perParty: false },
  { kind: 'bank', class: 'asset', nameEn: 'HealthPay bank account', nameAr: 'حساب HealthPay البنكي', perParty: false },
  { kind: 'transfers-in-transit', class: 'suspense', nameEn: 'Transfers in transit', nameAr: 'تحويلات قيد التنفيذ', perParty: false },
  { kind: 'staff-adjustments', class: 'equity', nameEn: 'Staff wallet adjustments', nameAr: 'تسويات الموظفين على المحافظ', perParty: false },
  { kind: 'unattributed-captures', class: 'suspense', nameEn: 'Captures without a pharmacy', nameAr: 'مبالغ محصلة بلا صيدلية', perParty: false },
];

/** The kind an account name belongs to (`pharmacy-payable:ph-1` → `pharmacy-payable`). */
export function accountKindOf(accountName: string): AccountKind | null {
  const i = accountName.indexOf(':');
  const kind = i < 0 ? accountName : accountName.slice(0, i);
  return chartOfAccounts.some((a) => a.kind === kind) ? (kind as AccountKind) : null;
}
