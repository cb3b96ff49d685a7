import { Toaster, TrpcProvider } from '@healthpay/ui';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = { title: { default: 'HealthPay Staff', template: '%s · HealthPay Staff' } };

export default function RootLayout({ children }: { children: ReactNode }) {
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
