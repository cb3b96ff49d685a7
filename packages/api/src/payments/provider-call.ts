import { ProviderRejectedError, ProviderUnavailableError } from '@healthpay/payments';
import type { PaymentProvider } from '@healthpay/domain';
import { AppError } from '../errors/app-error';

/** A provider failure as the API reports it: unavailable (503, try later) or refused (502). Anything else is ours. */
export function providerFailure(provider: PaymentProvider, error: unknown): AppError | null {
  if (error instanceof ProviderUnavailableError) {
    return new AppError('PROVIDER_UNAVAILABLE', `${provider === 'paymob' ? 'Card' : 'Fawry'} payments are briefly unavailable`, { provider, reason: error.reason });
  }
  if (error instanceof ProviderRejectedError) {
    return new AppError('PROVIDER_REJECTED', 'The payment provider refused the request', { provider, status: error.status });
  }
  return null;
}

/** Refuses at once while the provider's breaker is open: no payment is recorded for a call we would not make. */
export function requireProviderAvailable(state: 'closed' | 'open' | 'half-open', provider: PaymentProvider): void {
  if (state === 'open') {
    throw new AppError('PROVIDER_UNAVAILABLE', `${provider === 'paymob' ? 'Card' : 'Fawry'} payments are briefly unavailable`, { provider, reason: 'circuit-open' });
  }
}
