'use client';

import { Button, Notice, TextField, toast } from '@healthpay/ui';

export interface IssuedToken {
  token: string;
  name: string;
  pharmacyName: string;
}

/** The one time a token's secret is visible: only its SHA-256 is stored, so it cannot be shown again. */
export function NewTokenSecret({ issued, onDone }: { issued: IssuedToken; onDone: () => void }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.token);
      toast.success('Token copied');
    } catch {
      toast.error("Couldn't copy: select the token and copy it by hand.");
    }
  };
  return (
    <div className="space-y-4">
      <Notice tone="warning" title="Copy this token now. It won't be shown again.">
        HealthPay keeps only a fingerprint of it. Give it to {issued.pharmacyName} over a secure channel; if it is lost, revoke it and issue a
        new one.
      </Notice>
      <TextField
        label={`Token secret for “${issued.name}”`}
        readOnly
        autoFocus
        spellCheck={false}
        value={issued.token}
        onFocus={(e) => e.currentTarget.select()}
        className="font-mono text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void copy()}>Copy token</Button>
        <Button variant="secondary" onClick={onDone}>
          I&apos;ve stored it
        </Button>
      </div>
    </div>
  );
}
