'use client';

import { useState } from 'react';
import { signOutTo } from '../auth/credentials';
import { cn } from '../cn';

/** Signs out of this portal (Auth.js, with its CSRF token) and goes to `to`. */
export function SignOutButton({ to, label, className }: { to: string; label: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOutTo(to).finally(() => setBusy(false));
      }}
      className={cn('rounded-lg px-3 py-2 text-sm font-medium hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-60', className)}
    >
      {label}
    </button>
  );
}
