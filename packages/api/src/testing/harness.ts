import { getUser, readModels } from '@healthpay/db';
import { catchUpCommitted } from '@healthpay/db/testing';
import { seedDemoData } from '@healthpay/db/ops';
import { createMigratedTestDatabase } from '@healthpay/db/testing/database';
import type { RequestInfo } from '../identity/audit';
import { createCaller } from '../root';
import { createServices, type Services } from '../services/services';
import { testDocumentStorage } from './documents';

export interface HarnessCallOptions {
  idempotencyKey?: string;
  services?: Services;
  /** Client IP and user agent, as the HTTP layer would take them from the headers. */
  request?: RequestInfo;
}

export interface Harness {
  services: Services;
  /** A caller acting as a seeded user (or anonymous with null). */
  as(userId: string | null, opts?: HarnessCallOptions): Promise<ReturnType<typeof createCaller>>;
  /** Another "process" on the same database: its own pool, cache, locks and group committer. */
  secondProcess(): Services;
  /** Bring the read models up to date (what the projector does continuously). */
  project(): Promise<number>;
  close(): Promise<void>;
}

/** A real Postgres database with migrations and demo data, and the API over it. */
export async function apiHarness(): Promise<Harness> {
  const db = await createMigratedTestDatabase();
  // Uploaded documents go to a temporary directory of this database's, shared by its "processes".
  const documents = testDocumentStorage();
  const services = createServices(db.connectionString, { documents });
  // The explicit hook: queued SMS go out within the request, so specs read codes without waiting for a worker.
  services.smsDelivery = 'inline';
  // Specs project explicitly (`project()`, under their own checkpoint): portal reads must not wait for the
  // projector's (consistency/read-your-writes.int.spec.ts turns it on).
  services.recentWrites = undefined;
  const extra: Services[] = [];
  await seedDemoData(services.pool);
  const as = async (userId: string | null, opts: HarnessCallOptions = {}) => {
    const s = opts.services ?? services;
    const user = userId ? await getUser(s.pool, userId) : null;
    if (userId && !user) throw new Error(`no such demo user ${userId}`);
    const actor = user ? { userId: user.id, role: user.role, pharmacyId: user.pharmacyId, ...(user.pharmacyRole ? { pharmacyRole: user.pharmacyRole } : {}) } : null;
    return createCaller({ services: s, actor, idempotencyKey: opts.idempotencyKey ?? null, request: opts.request });
  };
  return {
    services,
    as,
    secondProcess() {
      const s = createServices(db.connectionString, { documents });
      s.smsDelivery = 'inline';
      s.recentWrites = undefined;
      extra.push(s);
      return s;
    },
    project: () => catchUpCommitted(services.pool, { name: 'test-read-models', projections: readModels }),
    async close() {
      await Promise.all([services, ...extra].map((s) => s.pool.end()));
      await db.drop();
    },
  };
}
