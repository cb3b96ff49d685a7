import { log, setLogService } from '@healthpay/config/log';
import { z } from 'zod';
import { startFawrySandbox, startPaymobSandbox } from './index';

/**
 * `npm start -w @healthpay/payment-sandbox`: the Paymob-like and Fawry-like sandboxes for development. Keys come
 * from the environment with dev defaults that match the apps' own dev defaults.
 */
setLogService('payment-sandbox');
const port = z.coerce.number().int().min(0).max(65_535);
const env = z
  .object({
    HP_PAYMOB_SANDBOX_PORT: port.default(3010),
    HP_FAWRY_SANDBOX_PORT: port.default(3011),
    HP_SANDBOX_HOST: z.string().min(1).default('127.0.0.1'),
    PAYMOB_SECRET_KEY: z.string().min(1).default('paymob-sandbox-secret-key'),
    PAYMOB_PUBLIC_KEY: z.string().min(1).default('paymob-sandbox-public-key'),
    PAYMOB_HMAC_SECRET: z.string().min(1).default('paymob-sandbox-hmac-secret'),
    PAYMOB_INTEGRATION_ID: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'one or more integration ids, comma-separated')
      .default('4900001')
      .transform((s) => s.split(',').map(Number)),
    FAWRY_MERCHANT_CODE: z.string().min(1).default('HPSANDBOX'),
    FAWRY_SECURE_KEY: z.string().min(1).default('fawry-sandbox-secure-key'),
  })
  .parse(process.env);

const host = env.HP_SANDBOX_HOST;
const paymob = await startPaymobSandbox({
  port: env.HP_PAYMOB_SANDBOX_PORT,
  host,
  secretKey: env.PAYMOB_SECRET_KEY,
  publicKey: env.PAYMOB_PUBLIC_KEY,
  hmacSecret: env.PAYMOB_HMAC_SECRET,
  integrationIds: env.PAYMOB_INTEGRATION_ID,
});
const fawry = await startFawrySandbox({ port: env.HP_FAWRY_SANDBOX_PORT, host, merchantCode: env.FAWRY_MERCHANT_CODE, secureKey: env.FAWRY_SECURE_KEY });
log.info(`[payment-sandbox] Paymob-like sandbox on ${paymob.url} (checkout: ${paymob.url}/unifiedcheckout/)`);
log.info(`[payment-sandbox] Fawry-like sandbox on ${fawry.url} (outlet: ${fawry.url}/outlet)`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([paymob.stop(), fawry.stop()]);
  log.info('[payment-sandbox] stopped');
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
