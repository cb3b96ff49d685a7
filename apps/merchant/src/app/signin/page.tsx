import type { Metadata } from 'next';
import { Brand } from '@/components/brand';
import { serverCaller } from '@/server/session';

export const metadata: Metadata = { title: 'Sign in' };

/** Development sign-in: one button per demo pharmacist; the route handler sets the cookie. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const pharmacists = await (await serverCaller()).session.demoUsers({ role: 'pharmacist' });
  return (
    <>
      <header className="bg-emerald-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center px-4 py-3">
          <Brand pharmacyName={null} />
        </div>
      </header>
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <p className="mt-2 text-sm text-slate-600">
          Development sign-in: choose a demo pharmacist. Real pharmacy sign-in arrives with the identity release.
        </p>
        {error ? (
          <p role="alert" className="mt-4 rounded-xl border border-red-200 bg-red-50 p-3 text-sm text-red-900">
            That user can&apos;t sign in to the pharmacy portal. Choose one below.
          </p>
        ) : null}
        {pharmacists.length === 0 ? (
          <p className="mt-6 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            No demo pharmacists are available: development sign-in is switched off on this server.
          </p>
        ) : (
          <section aria-labelledby="demo-pharmacists" className="mt-6">
            <h2 id="demo-pharmacists" className="mb-3 text-sm font-medium text-slate-700">
              Demo pharmacists
            </h2>
            <ul className="space-y-3">
              {pharmacists.map((u) => (
                <li key={u.id}>
                  <form action="/api/dev-signin" method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    <button
                      type="submit"
                      className="flex w-full items-center justify-between gap-3 rounded-2xl border border-slate-200 bg-white p-4 text-start shadow-sm hover:border-emerald-600 focus-visible:outline-2 focus-visible:outline-emerald-700"
                    >
                      <span className="font-medium">{u.name}</span>
                      <span className="text-sm text-slate-500">{u.email}</span>
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
