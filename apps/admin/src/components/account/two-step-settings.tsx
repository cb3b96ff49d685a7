'use client';

import { Button, Card, englishMessageFor, Notice, TextField, toast, useTRPC } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';

/** Secret in groups of four, easier to type into an authenticator app. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** The otpauth URI as a QR code image (a data: URL, which the CSP's img-src allows). */
export function QrCode({ uri }: { uri: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(uri, { margin: 1, width: 192, errorCorrectionLevel: 'M' }).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [uri]);
  return src ? <img src={src} width={192} height={192} alt="QR code to scan with your authenticator app" className="rounded-lg border border-slate-200" /> : null;
}

/** Two-step sign-in (TOTP): turn on by scanning/typing the secret and proving a code; turn off with a code. */
export function TwoStepSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.account.totpStatus.queryOptions());
  const [enrolling, setEnrolling] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.account.totpStatus.queryKey() });

  const start = useMutation(trpc.account.startTotp.mutationOptions({
    onSuccess: (r) => {
      setEnrolling(r);
      setCode('');
      setError(null);
    },
    onError: (e) => setError(englishMessageFor(e)),
  }));
  const confirm = useMutation(trpc.account.confirmTotp.mutationOptions({
    onSuccess: async () => {
      setEnrolling(null);
      setCode('');
      toast.success('Two-step sign-in is on. Sign-in will ask for a code from your app.');
      await refresh();
    },
    onError: (e) => setError(e.message),
  }));
  const disable = useMutation(trpc.account.disableTotp.mutationOptions({
    onSuccess: async () => {
      setCode('');
      toast.success('Two-step sign-in is off.');
      await refresh();
    },
    onError: (e) => setError(e.message),
  }));

  const submit = (action: 'confirm' | 'disable') => (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!/^\d{6}$/.test(code)) {
      setError('Enter the 6-digit code from your authenticator app.');
      return;
    }
    (action === 'confirm' ? confirm : disable).mutate({ code });
  };

  const codeField = (
    <TextField
      label="Code from your app"
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      value={code}
      error={error ?? undefined}
      onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
    />
  );

  if (status.isPending) return <Card className="p-5">Loading…</Card>;
  if (status.isError) return <Notice tone="error">{englishMessageFor(status.error)}</Notice>;

  return (
    <Card className="space-y-4 p-5">
      <h2 className="text-lg font-semibold">Two-step sign-in</h2>
      {status.data.status === 'on' ? (
        <form onSubmit={submit('disable')} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">On: signing in asks for your password and a code from your authenticator app.</p>
          {codeField}
          <Button type="submit" variant="secondary" loading={disable.isPending}>
            Turn off
          </Button>
        </form>
      ) : enrolling ? (
        <form onSubmit={submit('confirm')} className="space-y-3" noValidate>
          <p className="text-sm text-slate-700">
            Scan this QR code with your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password…), then enter the code it shows.
            The key is shown only now.
          </p>
          <QrCode uri={enrolling.uri} />
          <p className="text-sm text-slate-700">Or type this key:</p>
          <p className="rounded-xl bg-slate-100 p-3 font-mono text-lg tracking-wider" aria-label="Setup key">
            {grouped(enrolling.secret)}
          </p>
          <p className="text-sm">
            <a className="text-teal-800 underline" href={enrolling.uri}>
              Open in an authenticator app on this device
            </a>
          </p>
          {codeField}
          <Button type="submit" loading={confirm.isPending}>
            Turn on
          </Button>
        </form>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">Off: signing in asks for your password only. Turn it on to also ask for a code from an authenticator app.</p>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Button onClick={() => start.mutate({})} loading={start.isPending}>
            Set up two-step sign-in
          </Button>
        </div>
      )}
    </Card>
  );
}
