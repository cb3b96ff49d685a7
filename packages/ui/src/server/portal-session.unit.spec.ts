import { TRPCError } from '@trpc/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API in-process is replaced by a caller whose `session.me` each test decides; the contexts built are recorded.
const api = vi.hoisted(() => ({ me: vi.fn(), contexts: [] as { cookie: string | null; portal: string }[] }));
vi.mock('@healthpay/api', () => ({
  defaultServices: () => ({}),
  createContext: async (_services: unknown, h: Headers, portal: string) => {
    api.contexts.push({ cookie: h.get('cookie'), portal });
    return { portal };
  },
  createCaller: () => ({ session: { me: api.me } }),
}));

const { portalSession } = await import('./portal-session');

const staff = { id: 'u-admin', role: 'superadmin', locale: 'en' };
const requestHeaders = async () => new Headers({ cookie: 'session=abc' });
const signIn = (): never => {
  throw new Error('to sign-in');
};

describe('portalSession', () => {
  beforeEach(() => {
    api.me.mockReset();
    api.contexts.length = 0;
  });

  it("checks the request's cookies against the configured portal", async () => {
    api.me.mockResolvedValue(staff);
    expect(await portalSession('admin', requestHeaders).currentUser()).toEqual(staff);
    expect(api.contexts).toEqual([{ cookie: 'session=abc', portal: 'admin' }]);
  });

  it('a route handler passes its own headers', async () => {
    await portalSession('merchant', requestHeaders).serverCaller(new Headers({ cookie: 'other=1' }));
    expect(api.contexts).toEqual([{ cookie: 'other=1', portal: 'merchant' }]);
  });

  it('a revoked or missing session (UNAUTHORIZED) is nobody; any other failure is not hidden', async () => {
    api.me.mockRejectedValueOnce(new TRPCError({ code: 'UNAUTHORIZED' }));
    expect(await portalSession('web', requestHeaders).currentUser()).toBeNull();
    api.me.mockRejectedValueOnce(new TRPCError({ code: 'INTERNAL_SERVER_ERROR' }));
    await expect(portalSession('web', requestHeaders).currentUser()).rejects.toThrow(TRPCError);
  });

  it('requireUser sends nobody, and a user of another role, to sign-in', async () => {
    const isPatient = (me: { role: string }) => me.role === 'patient';
    api.me.mockRejectedValueOnce(new TRPCError({ code: 'UNAUTHORIZED' }));
    await expect(portalSession('web', requestHeaders).requireUser(isPatient, signIn)).rejects.toThrow('to sign-in');
    api.me.mockResolvedValueOnce(staff);
    await expect(portalSession('web', requestHeaders).requireUser(isPatient, signIn)).rejects.toThrow('to sign-in');
    api.me.mockResolvedValueOnce({ ...staff, role: 'patient' });
    await expect(portalSession('web', requestHeaders).requireUser(isPatient, signIn)).resolves.toMatchObject({ role: 'patient' });
  });
});
