import type { HistogramSeries } from './fast-histogram';
import { BoundedLabel } from './bounded';
import { commandCounts, metrics } from './registry';

export type CommandOutcome = 'ok' | 'refused' | 'conflict' | 'error';

interface CommandSeries {
  duration: HistogramSeries;
  byCode: Map<string, { outcome: string; n: number }>;
}

const operations = new BoundedLabel(300);
const commandSeries = new Map<string, CommandSeries>();

/**
 * One command done. On the benchmarked command path: two map reads, one histogram observe and a number
 * bumped (the counter's labelled series are built from these numbers at scrape time, definitions.ts).
 */
export function recordCommand(operation: string, outcome: CommandOutcome, code: string, seconds: number): void {
  let series = commandSeries.get(operation);
  if (!series) {
    const op = operations.of(operation);
    const counts = commandCounts();
    let byCode = counts.get(op);
    if (!byCode) counts.set(op, (byCode = new Map()));
    series = { duration: metrics().commandDuration.series({ operation: op }), byCode };
    commandSeries.set(operation, series);
  }
  series.duration.observe(seconds);
  let cell = series.byCode.get(code);
  if (!cell) {
    // Codes come from the error table (bounded); past 64 for one operation, the rest share one cell.
    const key = series.byCode.size < 64 ? code : 'other';
    cell = series.byCode.get(key) ?? { outcome, n: 0 };
    series.byCode.set(key, cell);
  }
  cell.n++;
}

/** The outcome a command error code stands for. */
export const commandOutcomeOf = (code: string, httpStatus: number): CommandOutcome =>
  code === 'VERSION_CONFLICT' ? 'conflict' : httpStatus >= 500 ? 'error' : 'refused';

const apiRoutes = new BoundedLabel(400);
const apiSeries = { trpc: new Map<string, Map<number, HistogramSeries>>(), rest: new Map<string, Map<number, HistogramSeries>>() };
/**
 * A tRPC procedure (its path) or a REST v1 route template ("GET /cards/{cardNumber}") answered with `status`. On
 * every call (commands included): map reads and an allocation-free observe once the series exists.
 */
export function recordApiCall(surface: 'trpc' | 'rest', route: string, status: number, seconds: number): void {
  let byStatus = apiSeries[surface].get(route);
  if (!byStatus) apiSeries[surface].set(route, (byStatus = new Map()));
  let series = byStatus.get(status);
  if (!series) byStatus.set(status, (series = metrics().apiDuration.series({ surface, route: apiRoutes.of(route), status: String(status) })));
  series.observe(seconds);
}

const httpSeries = new Map<string, Map<string, Map<number, HistogramSeries>>>();
/** A portal request answered: `route` is a route class from a fixed set, `method` a known verb or `other`. */
export function recordHttpRequest(route: string, method: string, status: number, seconds: number): void {
  let byMethod = httpSeries.get(route);
  if (!byMethod) httpSeries.set(route, (byMethod = new Map()));
  let byStatus = byMethod.get(method);
  if (!byStatus) byMethod.set(method, (byStatus = new Map()));
  let series = byStatus.get(status);
  if (!series) byStatus.set(status, (series = metrics().httpDuration.series({ route, method, status: String(status) })));
  series.observe(seconds);
}

let commitSeries: { duration: HistogramSeries; size: HistogramSeries } | undefined;
/** One event-store transaction that carried `commands` appends. */
export function recordCommit(commands: number, seconds: number): void {
  commitSeries ??= { duration: metrics().commitDuration.series(), size: metrics().commandsPerCommit.series() };
  commitSeries.duration.observe(seconds);
  commitSeries.size.observe(commands);
}

const projections = new BoundedLabel(50);
/** A projected batch: lag of each event (commit → now) and the last position. */
export function recordProjected(projection: string, committedAt: readonly Date[], position: number, now = Date.now()): void {
  const m = metrics();
  const name = projections.of(projection);
  const lag = m.projectionLag.labels(name);
  for (const at of committedAt) lag.observe(Math.max(0, now - at.getTime()) / 1000);
  m.projectionEvents.labels(name).inc(committedAt.length);
  m.projectionPosition.labels(name).set(position);
}

const limits = new BoundedLabel(50);
/** A rate-limit refusal; `key` is the rule's key, whose first segment names the limit (`otp-send:phone:…`). */
export function recordRateLimitRefusal(key: string): void {
  const colon = key.indexOf(':');
  metrics().rateLimitRefusals.inc({ limit: limits.of(colon === -1 ? key : key.slice(0, colon)) });
}

export type NotificationOutcome = 'recorded' | 'unmatched' | 'bad_signature' | 'invalid' | 'error';
export function recordPaymentNotification(provider: 'paymob' | 'fawry', outcome: NotificationOutcome): void {
  metrics().paymentNotifications.inc({ provider, outcome });
}

/** A one-time code queued for SMS (`queued`), or written but not sent (`suppressed`: no such patient). */
export function recordOtpSend(outcome: 'queued' | 'suppressed'): void {
  metrics().otpSends.inc({ outcome });
}

const authActions = new BoundedLabel(50);
const authResults = new BoundedLabel(50);
/** A sign-in step (`auth.otp.request`, `auth.password`…) and its result (`ok`, `RATE_LIMITED`, …). */
export function recordSignIn(action: string, result: string): void {
  metrics().signIns.inc({ action: authActions.of(action), result: authResults.of(result) });
}
