// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRPCClientError } from '@trpc/client';
import { createTranslator } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../components/field';
import type { Translate } from '../lists/error-text';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, userEvent, waitFor } from '../testing/dom';
import { fakeTrpc, type SentOperation } from '../testing/trpc';
import { CodeStep, FormAlert, PhoneStep } from './otp-steps';
import { useCommandForm } from './use-command-form';
import { otpTextFrom, useOtpFlow } from './use-otp-flow';
import { useSearchDraft } from './use-search-draft';

/** A server refusal as the tRPC client sees it (4xx with the API's code). */
const refusal = (appCode: string, details: Record<string, unknown> = {}) =>
  TRPCClientError.from({ error: { message: appCode, code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, appCode, details } } });

/** A one-field command form as the portals wire it: check, send, show the server's refusal under the field. */
function AmountForm() {
  const [amount, setAmount] = useState('');
  const form = useCommandForm({
    fields: ['amount'],
    mutate: (c, input: { paymentId: string; note: string }, o) => c.payments.resolveReview.mutate(input, o),
    errorText: (e) => `words for ${e instanceof Error ? e.message : 'error'}`,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.valid({ amount: amount.trim() ? undefined : 'Enter an amount.' })) return;
    form.send({ paymentId: 'p-1', note: amount }, { success: 'Done.', onRefused: (_info, text) => form.setErrors({ amount: text }) });
  };
  return (
    <form noValidate onSubmit={submit}>
      <TextField label="Amount" {...form.bind('amount', amount, setAmount)} />
      <button type="submit">Send</button>
    </form>
  );
}

function renderAmountForm(answer: (op: SentOperation) => unknown) {
  const trpc = fakeTrpc(answer);
  render(<trpc.Provider><AmountForm /></trpc.Provider>);
  return { user: userEvent.setup(), sent: trpc.sent };
}

describe('useCommandForm', () => {
  it('shows what is missing without sending, and typing clears it', async () => {
    const { user, sent } = renderAmountForm(() => ({}));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('textbox', { name: 'Amount' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an amount.')).toBeTruthy();
    expect(sent).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '5');
    expect(screen.queryByText('Enter an amount.')).toBeNull();
  });

  it('sends the input and puts a refusal’s words under the field', async () => {
    const { user, sent } = renderAmountForm(() => {
      throw refusal('INVALID_AMOUNT');
    });
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '12');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByText('words for INVALID_AMOUNT')).toBeTruthy());
    expect(sent).toEqual([{ path: 'payments.resolveReview', type: 'mutation', input: { paymentId: 'p-1', note: '12' } }]);
  });
});

// The patient portal's real sign-in words (one messages file per locale there).
const webMessages = join(fileURLToPath(import.meta.url), '../../../../../apps/web/messages/en.json');
const signinT = (() => {
  const t = createTranslator({ locale: 'en', messages: JSON.parse(readFileSync(webMessages, 'utf8')) as Record<string, unknown>, namespace: 'signin' } as Parameters<typeof createTranslator>[0]);
  return (key: string, values?: Record<string, string | number>) => (t as unknown as Translate)(key, values);
})();

/** The phone and code steps with the flow's state, as the sign-in page puts them together. */
function OtpForm({ request }: { request: (phone: string) => Promise<unknown> }) {
  const text = otpTextFrom(signinT);
  const flow = useOtpFlow(text, request);
  const alert = <FormAlert error={flow.error} />;
  if (flow.step.kind === 'phone') return <PhoneStep flow={flow} text={text} alert={alert} />;
  return (
    <CodeStep flow={flow} phone={flow.step.phone} text={text} submit="Sign in" busy={flow.busy} alert={alert} onSubmit={() => flow.digits()}>
      <button type="button" onClick={flow.changePhone}>Change number</button>
    </CodeStep>
  );
}

/** Types `phone` on the first step and asks for a code; `request` answers for the server. */
async function sendPhone(phone: string, request: (phone: string) => Promise<unknown> = vi.fn(async () => undefined)) {
  render(<OtpForm request={request} />);
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Mobile number' }), phone);
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  return user;
}

describe('the OTP steps', () => {
  it('refuses a number that is not an Egyptian mobile without asking the server', async () => {
    const request = vi.fn(async () => undefined);
    await sendPhone('12345', request);
    expect(screen.getByRole('alert').textContent).toBe('Enter an Egyptian mobile number, like 010 1234 5678.');
    expect(request).not.toHaveBeenCalled();
  });

  it('sends the normalised number, then asks for six digits', async () => {
    const request = vi.fn(async () => undefined);
    const user = await sendPhone('٠١٠١٢٣٤٥٦٧٨', request);
    expect(request).toHaveBeenCalledWith('+201012345678');
    await user.type(await screen.findByRole('textbox', { name: 'Code' }), '123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toBe('The code has 6 digits.');
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    expect(screen.getByRole('textbox', { name: 'Mobile number' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('words a rate limit with the minutes to wait, and stays on the phone step', async () => {
    await sendPhone('01012345678', () => Promise.reject(refusal('RATE_LIMITED', { retryAfterSeconds: 150 })));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Too many codes requested. Try again in 3 minutes.'));
    expect(screen.getByRole('button', { name: 'Send code' }).hasAttribute('disabled')).toBe(false);
  });
});

describe('useSearchDraft', () => {
  const read = (p: URLSearchParams) => ({ q: p.get('q') ?? undefined, status: p.get('status') ?? undefined });

  /** A search form as a page builds it: uncontrolled fields, remounted under `formKey`. */
  function SearchForm({ params, onSearch }: { params: URLSearchParams; onSearch: (s: ReturnType<typeof read>) => void }) {
    const { formKey, field, draftOf } = useSearchDraft(params, read);
    return (
      <form key={formKey} role="search" onSubmit={(e) => (e.preventDefault(), onSearch(draftOf(e.currentTarget)))}>
        <label>Query<input {...field('q')} /></label>
        <label>Status<input {...field('status')} /></label>
        <button type="submit">Search</button>
      </form>
    );
  }

  it('starts from the URL’s search, submits what was typed (empty fields left out), and follows Back or Forward', async () => {
    const searches: ReturnType<typeof read>[] = [];
    const { rerender } = render(<SearchForm params={new URLSearchParams('q=mona&status=approved')} onSearch={(s) => searches.push(s)} />);
    const query = screen.getByLabelText('Query') as HTMLInputElement;
    expect(query.value).toBe('mona');
    fireEvent.change(query, { target: { value: 'omar' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(searches).toEqual([{ q: 'omar' }]);
    rerender(<SearchForm params={new URLSearchParams('q=ali')} onSearch={(s) => searches.push(s)} />);
    await waitFor(() => expect((screen.getByLabelText('Query') as HTMLInputElement).value).toBe('ali'));
    expect((screen.getByLabelText('Status') as HTMLInputElement).value).toBe('');
  });

  it('keeps what was typed into the server-rendered form before it hydrated', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const params = new URLSearchParams('');
    container.innerHTML = renderToString(<SearchForm params={params} onSearch={() => {}} />);
    (container.querySelector('input[name="q"]') as HTMLInputElement).value = 'typed early';
    const searches: ReturnType<typeof read>[] = [];
    const root = await act(async () => hydrateRoot(container, <SearchForm params={params} onSearch={(s) => searches.push(s)} />));
    // Typing into another field after hydration re-renders the form: the early text must survive that too.
    act(() => fireEvent.change(container.querySelector('input[name="status"]') as HTMLInputElement, { target: { value: 'approved' } }));
    expect((container.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('typed early');
    act(() => (container.querySelector('button') as HTMLButtonElement).click());
    expect(searches).toEqual([{ q: 'typed early', status: 'approved' }]);
    act(() => root.unmount());
    container.remove();
  });
});
