/** EGP with two decimals and thousands separators (never a bare run of six digits that reads like a code). */
const egp = (piasters: number): string =>
  (piasters / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The patient's SMS: the code first (what a phone's one-time-code detection picks up), then the pharmacy and
 * the amount, in English and Arabic in one message.
 */
export function copaySmsText(code: string, amount: number, pharmacy: { name: string; nameAr: string }, minutes: number): string {
  return (
    `HealthPay: ${code} is your code to pay EGP ${egp(amount)} from your wallet to ${pharmacy.name}. ` +
    `Valid ${minutes} minutes; never share it. ` +
    `هيلث باي: الرمز ${code} لدفع ${egp(amount)} ج.م من محفظتك إلى ${pharmacy.nameAr}. ` +
    `صالح لمدة ${minutes} دقائق؛ لا تشاركه مع أحد.`
  );
}

/** The last three digits of a phone, for "sent to the phone ending 789" at the counter. */
export const phoneEnding = (phone: string): string => phone.replace(/\D/g, '').slice(-3);
