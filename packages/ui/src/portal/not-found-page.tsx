import type { ReactNode } from 'react';

/**
 * "Not found" in the page's language: an unknown path, or a record this viewer may not see (said the same way, so
 * nobody learns it exists). `home` is the app's own link back (its router's Link, its colour).
 */
export function PortalNotFound({ header, title, body, home }: { header?: ReactNode; title: ReactNode; body: ReactNode; home: ReactNode }) {
  return (
    <>
      {header}
      <main className="mx-auto max-w-md space-y-3 px-4 py-16 text-center">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-600">{body}</p>
        {home}
      </main>
    </>
  );
}
