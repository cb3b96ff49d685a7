import { metricsRegistry, parsePrometheusText } from '@healthpay/config/metrics';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentCallbackRouter } from '../payments/callbacks/handlers';
import { apiHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

/** A sample's current value (0 when the series does not exist yet). */
async function value(name: string, labels: Record<string, string> = {}): Promise<number> {
  const samples = parsePrometheusText(await metricsRegistry().metrics());
  return samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((t, s) => t + s.value, 0);
}

describe('what the API records, through its real paths', () => {
  it('a command: its outcome and code, its duration, its group commit, and the procedure call', async () => {
    const finance = await h.as('u-finance');
    const walletId = demoWallets.ahmed.walletId;
    const ok = { operation: 'wallet.debit', outcome: 'ok', code: 'ok' };
    const refused = { operation: 'wallet.debit', outcome: 'refused', code: 'INSUFFICIENT_FUNDS' };
    const before = {
      ok: await value('healthpay_commands_total', ok), refused: await value('healthpay_commands_total', refused),
      timed: await value('healthpay_command_duration_seconds_count', { operation: 'wallet.debit' }),
      commits: await value('healthpay_event_store_commit_seconds_count'),
      calls: await value('healthpay_api_request_duration_seconds_count', { surface: 'trpc', route: 'wallet.debit', status: '200' }),
    };
    await finance.wallet.debit({ walletId, amount: 1, reference: 'metrics spec' });
    await expect(finance.wallet.debit({ walletId, amount: 10_000_000_000, reference: 'metrics spec: too much' })).rejects.toThrow();

    expect(await value('healthpay_commands_total', ok)).toBe(before.ok + 1);
    expect(await value('healthpay_commands_total', refused)).toBe(before.refused + 1);
    expect(await value('healthpay_command_duration_seconds_count', { operation: 'wallet.debit' })).toBe(before.timed + 2);
    expect(await value('healthpay_event_store_commit_seconds_count')).toBeGreaterThan(before.commits);
    expect(await value('healthpay_api_request_duration_seconds_count', { surface: 'trpc', route: 'wallet.debit', status: '200' })).toBe(before.calls + 1);
  });

  it('a forged payment callback counts as a signature failure of its provider', async () => {
    const labels = { provider: 'paymob', outcome: 'bad_signature' };
    const before = await value('healthpay_payment_notifications_total', labels);
    const route = paymentCallbackRouter(() => h.services);
    const res = await route(new Request('http://127.0.0.1/api/payments/paymob/callback?hmac=00', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'TRANSACTION', obj: { id: 1 } }),
    }));
    expect(res.status).toBe(401);
    expect(await value('healthpay_payment_notifications_total', labels)).toBe(before + 1);
  });

  it('the API pool is reported by name', async () => {
    expect(await value('healthpay_db_pool_connections', { pool: 'api', state: 'max' })).toBeGreaterThan(0);
  });
});
