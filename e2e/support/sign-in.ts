import { expect, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { DEMO_PASSWORD } from '@healthpay/api';
import { demoUsers } from '@healthpay/db/testing';
import pg from 'pg';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * The newest development SMS code sent to a phone. Requests only queue their SMS (the projector's SMS worker
 * sends it), so this first waits, bounded, until nothing is left to deliver to that phone: the dev adapter has
 * written sms_outbox by the time the worker deletes the queued row.
 */
export async function latestSmsCode(phone: string, timeoutMs = 10_000): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    const pending = async () =>
      (await client.query('SELECT 1 FROM sms_queue WHERE phone = $1 AND deliver AND failed_at IS NULL', [phone])).rowCount !== 0;
    while (await pending()) {
      if (Date.now() > deadline) throw new Error(`the SMS to ${phone} was not delivered within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await client.query<{ body: string }>('SELECT body FROM sms_outbox WHERE phone = $1 ORDER BY id DESC LIMIT 1', [phone]);
    const code = /\b(\d{6})\b/.exec(res.rows[0]?.body ?? '')?.[1];
    if (!code) throw new Error(`no SMS code was sent to ${phone}`);
    return code;
  } finally {
    await client.end();
  }
}

/** Asks the patient portal to text a sign-in code (the public tRPC mutation the sign-in page calls). */
export async function requestSmsCode(context: BrowserContext, webUrl: string, phone: string): Promise<void> {
  const res = await context.request.post(`${webUrl}/api/trpc/auth.requestOtp`, {
    data: { json: { phone } },
    headers: { origin: webUrl },
  });
  expect(res.status(), `OTP request for ${phone}: ${await res.text()}`).toBe(200);
}

/** Signs in through the portal's Auth.js credentials endpoint with its CSRF token (API calls, not clicks). */
async function credentialsSignIn(context: BrowserContext, baseUrl: string, provider: 'otp' | 'password', fields: Record<string, string>): Promise<void> {
  const csrf = await context.request.get(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await context.request.post(`${baseUrl}/api/auth/callback/${provider}`, {
    form: { ...fields, csrfToken, callbackUrl: `${baseUrl}/` },
    headers: { 'x-auth-return-redirect': '1', origin: baseUrl },
  });
  expect(res.status(), `sign-in at ${baseUrl}`).toBe(200);
  const { url } = (await res.json()) as { url: string };
  expect(new URL(url).searchParams.get('code'), `sign-in at ${baseUrl} refused`).toBeNull();
}

/** Signs a demo user in: patients by SMS code, everyone else by email and the demo password. */
export async function signIn(context: BrowserContext, baseUrl: string, userId: string, webUrl = baseUrl): Promise<void> {
  const user = demoUsers.find((u) => u.id === userId);
  if (!user) throw new Error(`no demo user ${userId}`);
  if (user.role === 'patient') {
    await requestSmsCode(context, webUrl, user.phone);
    await credentialsSignIn(context, baseUrl, 'otp', { phone: user.phone, code: await latestSmsCode(user.phone) });
  } else {
    await credentialsSignIn(context, baseUrl, 'password', { email: user.email ?? '', password: DEMO_PASSWORD });
  }
}

// One real sign-in per user and portal per worker, reused: the OTP send limit (3 per phone per 10 minutes)
// holds in e2e as everywhere, and many specs need the same patients.
const sessions = new Map<string, Promise<StorageState>>();

/** A fresh browser context already signed in to `baseUrl` as `userId`. */
export async function signedInContext(browser: Browser, baseUrl: string, userId: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const key = `${baseUrl} ${userId}`;
  let state = sessions.get(key);
  if (!state) {
    state = (async () => {
      const context = await browser.newContext({ baseURL: baseUrl });
      try {
        await signIn(context, baseUrl, userId);
        return await context.storageState();
      } finally {
        await context.close();
      }
    })();
    sessions.set(key, state);
    state.catch(() => sessions.delete(key));
  }
  return browser.newContext({ ...options, baseURL: baseUrl, storageState: await state });
}
