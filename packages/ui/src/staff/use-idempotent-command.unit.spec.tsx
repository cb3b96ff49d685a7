// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '../components/button';
import { Toaster, toast } from '../components/toaster';
import type { ErrorInfo } from '../errors';
import { render, screen, userEvent, waitFor } from '../testing/dom';
import { useIdempotentCommand } from './use-idempotent-command';

type Input = { walletId: string; reason: string };
const refusal = TRPCClientError.from({
  error: { message: 'refused', code: -32600, data: { code: 'CONFLICT', httpStatus: 409, appCode: 'WALLET_HAS_FUNDS', fieldErrors: [{ path: 'reason', message: 'no' }] } },
});
const noAnswer = TRPCClientError.from(new TypeError('Failed to fetch'));
const offline = "We couldn't reach HealthPay. Check your connection and try again.";

/** A wallet's "Close" as a staff screen wires it: the command through the hook, a button, the portal's toaster. */
function setup(answers: (() => Promise<string>)[]) {
  const run = vi.fn<(input: Input, key: string) => Promise<string>>(() => (answers.shift() ?? (() => Promise.resolve('done')))());
  const afterSuccess = vi.fn();
  const onDone = vi.fn();
  const onRefused = vi.fn<(info: ErrorInfo) => void>();
  function CloseWallet() {
    // English error wording by default, as in the staff console.
    const command = useIdempotentCommand({ run, afterSuccess });
    return (
      <>
        <Button loading={command.isPending} onClick={() => command.send({ walletId: 'w1', reason: 'Owner asked' }, { success: (r) => `Wallet closed (${r})`, onDone, onRefused })}>
          Close wallet
        </Button>
        <Button variant="secondary" onClick={command.changed}>Edit</Button>
      </>
    );
  }
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <CloseWallet />
      <Toaster />
    </QueryClientProvider>,
  );
  const keys = () => run.mock.calls.map(([, key]) => key);
  return { user: userEvent.setup(), run, afterSuccess, onDone, onRefused, keys };
}

afterEach(() => {
  toast.dismiss();
});

describe('useIdempotentCommand', () => {
  it('sends the command with a key, is busy until it is answered, then toasts and hands over the result', async () => {
    let answer: (r: string) => void = () => {};
    const { user, run, afterSuccess, onDone } = setup([() => new Promise((resolve) => (answer = resolve))]);
    await user.click(close());
    expect(run).toHaveBeenCalledWith({ walletId: 'w1', reason: 'Owner asked' }, expect.stringMatching(/^[0-9a-f-]{36}$/));
    await waitFor(() => expect(close().disabled).toBe(true));
    answer('v7');
    expect(await screen.findByText('Wallet closed (v7)')).toBeTruthy();
    expect(onDone).toHaveBeenCalledWith('v7');
    expect(afterSuccess).toHaveBeenCalledWith('v7');
    await waitFor(() => expect(close().disabled).toBe(false));
  });

  it('retries an unanswered attempt with the same key, so the server applies it once', async () => {
    const { user, keys, onRefused } = setup([() => Promise.reject(noAnswer)]);
    await user.click(close());
    expect(await screen.findByText(offline)).toBeTruthy();
    await user.click(close());
    await screen.findByText('Wallet closed (done)');
    expect(keys()).toHaveLength(2);
    expect(keys()[1]).toBe(keys()[0]);
    expect(onRefused).not.toHaveBeenCalled();
  });

  it('after a refusal, shows it, hands its field errors to the form and uses a new key next time', async () => {
    const { user, keys, onRefused, onDone } = setup([() => Promise.reject(refusal)]);
    await user.click(close());
    expect(await screen.findByText('The wallet still holds money. Empty it before closing it.')).toBeTruthy();
    expect(onRefused).toHaveBeenCalledWith(expect.objectContaining({ code: 'WALLET_HAS_FUNDS', fieldErrors: [{ path: 'reason', message: 'no' }] }));
    expect(onDone).not.toHaveBeenCalled();
    await user.click(close());
    await screen.findByText('Wallet closed (done)');
    expect(keys()[1]).not.toBe(keys()[0]);
  });

  it('uses a new key after a success, and after the person changed the submission', async () => {
    const { user, keys } = setup([() => Promise.reject(noAnswer)]);
    await user.click(close());
    await screen.findByText(offline);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(close());
    await screen.findByText('Wallet closed (done)');
    await user.click(close());
    await waitFor(() => expect(keys()).toHaveLength(3));
    expect(new Set(keys()).size).toBe(3);
  });
});

/** The command's button, found again after each render. */
function close() {
  return screen.getByRole('button', { name: 'Close wallet' }) as HTMLButtonElement;
}
