import { Toaster, TrpcProvider } from '@healthpay/ui';
import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = { title: { default: 'HealthPay for Pharmacies', template: '%s · HealthPay for Pharmacies' } };

/** Rendered per request (never prerendered): every page's scripts carry the request's CSP nonce. */
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-dvh">
        <TrpcProvider signInPath="/signin">
          {children}
          <Toaster />
        </TrpcProvider>
      </body>
    </html>
  );
}
