'use client';

import { useState } from 'react';
import { signOutTo } from '../auth/credentials';
import { cn } from '../cn';

/**
 * Signs out of this portal (Auth.js, with its CSRF token) and goes to `to`. When the sign-out fails (network,
 * server) it says so in `failedLabel` and stays, so the person knows they are still signed in and can retry.
 */
export function SignOutButton({ to, label, failedLabel, className }: { to: string; label: string; failedLabel: string; className?: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={state === 'busy'}
        onClick={() => {
          setState('busy');
          signOutTo(to).then(
            () => setState('idle'),
            () => setState('failed'),
          );
        }}
        className={cn('rounded-lg px-3 py-2 text-sm font-medium hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white disabled:opacity-60', className)}
      >
        {label}
      </button>
      {state === 'failed' ? (
        <span role="alert" className="text-xs font-medium">
          {failedLabel}
        </span>
      ) : null}
    </span>
  );
}
