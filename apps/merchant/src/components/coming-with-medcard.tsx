import type { ReactNode } from 'react';

/** An honest empty page: what will be here, and when. */
export function ComingWithMedCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="coming-title" className="rounded-2xl border border-dashed border-emerald-300 bg-white p-6 text-center sm:p-10">
      <span aria-hidden="true" className="mx-auto grid size-12 place-items-center rounded-full bg-emerald-50 text-2xl text-emerald-700">
        ℞
      </span>
      <h2 id="coming-title" className="mt-4 text-lg font-semibold">
        {title}
      </h2>
      <div className="mx-auto mt-2 max-w-prose text-sm text-slate-600">{children}</div>
    </section>
  );
}
