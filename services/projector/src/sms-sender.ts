import { createServices, startSmsWorker } from '@healthpay/api';

/**
 * Sends the SMS that requests queued (sign-in and registration codes) beside the projector, through the
 * adapter HP_SMS selects; with the development adapter the codes are printed here as `[sms:dev]`.
 */
export async function startSmsSender(databaseUrl: string): Promise<{ stop(): Promise<void> }> {
  const services = createServices(databaseUrl);
  const worker = await startSmsWorker({ pool: services.pool, sms: services.sms, clock: services.clock });
  return {
    async stop() {
      await worker.stop();
      await services.pool.end();
    },
  };
}
