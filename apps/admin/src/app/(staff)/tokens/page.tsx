import type { Metadata } from 'next';
import { TokensConsole } from '@/components/tokens/tokens-console';

export const metadata: Metadata = { title: 'API tokens' };

export default function TokensPage() {
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">API tokens</h1>
      <p className="mb-4 text-sm text-slate-600">
        Tokens let a pharmacy&apos;s own software call the REST API as one of its pharmacists. Each is scoped to one pharmacy, expires, and can be
        revoked at once.
      </p>
      <TokensConsole />
    </>
  );
}
