'use client';

import { Button, Card, englishMessageFor, Notice, useTRPC } from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';

/** Ends every session of this account, on every device (this one too), then goes to sign-in. */
export function SignOutEverywhere() {
  const trpc = useTRPC();
  const end = useMutation(trpc.account.endSessions.mutationOptions({ onSuccess: () => window.location.assign('/signin') }));
  return (
    <Card className="space-y-3 p-5">
      <h2 className="text-lg font-semibold">Sessions</h2>
      <p className="text-sm text-slate-700">Lost a device, or signed in on a shared computer? Sign out everywhere, this browser included.</p>
      {end.isError ? <Notice tone="error">{englishMessageFor(end.error)}</Notice> : null}
      <Button variant="secondary" onClick={() => end.mutate({})} loading={end.isPending}>
        Sign out everywhere
      </Button>
    </Card>
  );
}
