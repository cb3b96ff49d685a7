import type { RouterInputs } from '@healthpay/api';
import type { ErrorInfo } from '@healthpay/ui';
import type { useErrorText } from '@/lib/use-error-text';

/** One submission: the same transferId and Idempotency-Key are sent again if the person retries it. */
export interface Pending {
  input: RouterInputs['wallet']['transfer'];
  idempotencyKey: string;
  phone: string;
}

export type Fields = { phone: string; amount: string; note: string };
export type FieldErrors = Partial<Record<keyof Fields, string>>;

/** Errors about the recipient are worded as such and shown under the phone field. */
export function transferErrorText(
  info: ErrorInfo,
  fromWalletId: string,
  errorText: ReturnType<typeof useErrorText>,
): { text: string; field?: keyof Fields } {
  const aboutOther = info.details.field === 'to' || (typeof info.details.walletId === 'string' && info.details.walletId !== fromWalletId);
  if (info.code === 'WALLET_NOT_FOUND' && aboutOther) return { text: errorText(info, 'RECIPIENT_NOT_FOUND'), field: 'phone' };
  if ((info.code === 'WALLET_NOT_ACTIVE' || info.code === 'WALLET_CLOSED') && aboutOther) {
    return { text: errorText(info, 'RECIPIENT_UNAVAILABLE'), field: 'phone' };
  }
  if (info.code === 'SAME_WALLET_TRANSFER') return { text: errorText(info), field: 'phone' };
  if (['INSUFFICIENT_FUNDS', 'DAILY_LIMIT_EXCEEDED', 'MONTHLY_LIMIT_EXCEEDED', 'INVALID_AMOUNT'].includes(info.code)) {
    return { text: errorText(info), field: 'amount' };
  }
  const field = info.fieldErrors.find((f) => f.path.startsWith('to'))
    ? 'phone'
    : info.fieldErrors.find((f) => f.path === 'amount')
      ? 'amount'
      : info.fieldErrors.find((f) => f.path === 'reference')
        ? 'note'
        : undefined;
  return { text: errorText(info), field };
}
