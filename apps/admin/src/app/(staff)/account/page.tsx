import type { Metadata } from 'next';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { TwoStepSettings } from '@/components/account/two-step-settings';
import { requireStaff } from '@/server/session';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const me = await requireStaff();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Your account</h1>
      <p className="mb-4 text-sm text-slate-600">
        {me.name} · {me.email} · {me.role.replace('_', ' ')}
      </p>
      <div className="space-y-4">
        <TwoStepSettings />
        <SignOutEverywhere />
      </div>
    </>
  );
}
