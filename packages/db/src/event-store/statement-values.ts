import { sealedEventJson } from '../pii/event-fields';
import { piiKeyring } from '../pii/national-id';
import { arrayLiteral, jsonList } from './statement-params';
import type { AppendRequest } from './types';

type Cell = string | number | null;

/**
 * The 23 parameters of write-one-statement's WRITE_BATCH, column by column: events ($1–$8), Idempotency-Keys
 * ($9–$13) and audit records ($14–$23), each row tagged with its request's index in the batch.
 */
export function statementValues(requests: AppendRequest[]): string[] {
  const ring = piiKeyring();
  const ev = { req: [] as Cell[], id: [] as Cell[], stream: [] as Cell[], type: [] as Cell[], event: [] as Cell[], version: [] as Cell[], data: [] as string[], meta: [] as string[] };
  const idem = { req: [] as Cell[], scope: [] as Cell[], key: [] as Cell[], hash: [] as Cell[], response: [] as Cell[] };
  const audit = { req: [] as Cell[], at: [] as Cell[], actor: [] as Cell[], role: [] as Cell[], action: [] as Cell[], aggregate: [] as Cell[], result: [] as Cell[], ip: [] as Cell[], agent: [] as Cell[], details: [] as string[] };
  for (let req = 0; req < requests.length; req++) {
    const r = requests[req] as AppendRequest;
    for (const s of r.streams) {
      for (let n = 0; n < s.events.length; n++) {
        const e = s.events[n];
        if (!e) continue;
        ev.req.push(req);
        ev.id.push(e.eventId);
        ev.stream.push(s.streamId);
        ev.type.push(s.aggregateType);
        ev.event.push(e.type);
        ev.version.push(s.expectedVersion + n + 1);
        ev.data.push(sealedEventJson(ring, e.data));
        ev.meta.push(JSON.stringify(e.metadata));
      }
    }
    const k = r.idempotency;
    if (k) {
      idem.req.push(req);
      idem.scope.push(k.scope);
      idem.key.push(k.key);
      idem.hash.push(k.requestHash);
      // A response JSON.stringify cannot write (undefined) goes as NULL, as before: the NOT NULL column refuses it.
      idem.response.push(JSON.stringify(k.response) ?? null);
    }
    const a = r.audit;
    if (a) {
      audit.req.push(req);
      audit.at.push(a.at ? a.at.toISOString() : null);
      audit.actor.push(a.actorId);
      audit.role.push(a.role);
      audit.action.push(a.action);
      audit.aggregate.push(a.aggregateId);
      audit.result.push(a.result);
      audit.ip.push(a.ip);
      audit.agent.push(a.userAgent);
      audit.details.push(JSON.stringify(a.details ?? {}));
    }
  }
  return [
    arrayLiteral(ev.req), arrayLiteral(ev.id), arrayLiteral(ev.stream), arrayLiteral(ev.type), arrayLiteral(ev.event), arrayLiteral(ev.version),
    jsonList(ev.data), jsonList(ev.meta),
    arrayLiteral(idem.req), arrayLiteral(idem.scope), arrayLiteral(idem.key), arrayLiteral(idem.hash), arrayLiteral(idem.response),
    arrayLiteral(audit.req), arrayLiteral(audit.at), arrayLiteral(audit.actor), arrayLiteral(audit.role), arrayLiteral(audit.action),
    arrayLiteral(audit.aggregate), arrayLiteral(audit.result), arrayLiteral(audit.ip), arrayLiteral(audit.agent), jsonList(audit.details),
  ];
}
