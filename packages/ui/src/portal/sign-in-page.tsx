import type { ReactNode } from 'react';

/** A password portal's sign-in page: its header (brand only), a heading and the form. */
export function PortalSignInPage({ header, heading, children }: { header: ReactNode; heading: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-semibold">{heading}</h1>
        {children}
      </main>
    </>
  );
}
