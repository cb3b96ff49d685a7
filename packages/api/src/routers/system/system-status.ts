import { env } from '@healthpay/config';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { systemStatus } from '../../system/system-status';
import { systemStatusOutput } from '../../system/system.schemas';
import { roleProcedure } from '../../trpc';

/** The staff System page: dependencies' health, throughput, latency, lag, failed notifications and alerts (polled). */
export const getSystemStatus = roleProcedure(...staffMay.watchSystem)
  .input(z.strictObject({}).optional())
  .output(systemStatusOutput)
  .query(({ ctx }) => {
    const e = env();
    return systemStatus({
      health: ctx.services.health,
      prometheusUrl: e.PROMETHEUS_URL,
      projectorMetricsUrl: e.HP_PROJECTOR_METRICS_URL,
      now: ctx.services.clock(),
    });
  });
