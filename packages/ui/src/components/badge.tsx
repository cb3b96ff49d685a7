import type { ReactNode } from 'react';
import { cn } from '../cn';

const tones = {
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  red: 'bg-red-50 text-red-800 ring-red-600/20',
  slate: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/20',
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = 'slate', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={cn('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', tones[tone])}>
      {children}
    </span>
  );
}

/** Wallet status → badge colour. */
export const walletStatusTone = (status: string): BadgeTone =>
  status === 'active' ? 'green' : status === 'pending' ? 'blue' : status === 'suspended' ? 'amber' : status === 'closed' ? 'red' : 'slate';
