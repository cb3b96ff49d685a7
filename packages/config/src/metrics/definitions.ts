import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { FastHistogram } from './fast-histogram';

/** What a pg Pool exposes about itself. */
export interface WatchedPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** Seconds; commands are expected in single-digit milliseconds (the alert is on p95 > 50 ms). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Every HealthPay metric, in one place (dashboards and rules refer to these names; a unit spec checks they do).
 * Labels never carry ids, phone numbers or raw paths.
 */
/** Commands counted as plain numbers (operation → code → cell), turned into the counter only at scrape time. */
export type CommandCounts = Map<string, Map<string, { outcome: string; n: number }>>;

export function defineMetrics(registers: Registry[], pools: ReadonlyMap<string, WatchedPool>, commandCounts: CommandCounts) {
  return {
    httpDuration: new FastHistogram('healthpay_http_request_duration_seconds', 'Portal HTTP requests by route class (never a raw path), method and status', LATENCY_BUCKETS, registers),
    apiDuration: new FastHistogram('healthpay_api_request_duration_seconds', 'API calls by tRPC procedure or REST v1 route template, and HTTP status', LATENCY_BUCKETS, registers),
    // The hot paths get the allocation-free histogram (fast-histogram.ts).
    commandDuration: new FastHistogram('healthpay_command_duration_seconds', 'Commands (load, decide, append, audit) by operation', LATENCY_BUCKETS, registers),
    commands: new Counter({
      name: 'healthpay_commands_total',
      help: 'Commands by operation and outcome (ok, refused, conflict, error) with the error code',
      labelNames: ['operation', 'outcome', 'code'] as const,
      registers,
      // The command path only bumps a number (recorders.ts); the labelled series are built here, per scrape.
      collect() {
        this.reset();
        for (const [operation, codes] of commandCounts) for (const [code, c] of codes) this.inc({ operation, outcome: c.outcome, code }, c.n);
      },
    }),
    commitDuration: new FastHistogram('healthpay_event_store_commit_seconds', 'Event-store group commits: one transaction for many appends', LATENCY_BUCKETS, registers),
    commandsPerCommit: new FastHistogram('healthpay_event_store_commands_per_commit', 'Appends carried by one event-store transaction', [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], registers),
    projectionLag: new Histogram({
      name: 'healthpay_projection_lag_seconds',
      help: 'Time from an event commit to its projection, per projection (checkpoint)',
      labelNames: ['projection'] as const,
      buckets: LAG_BUCKETS,
      registers,
    }),
    projectionPosition: new Gauge({
      name: 'healthpay_projection_position',
      help: 'Last event-feed position projected, per projection (checkpoint)',
      labelNames: ['projection'] as const,
      registers,
    }),
    projectionEvents: new Counter({
      name: 'healthpay_projection_events_total',
      help: 'Events projected, per projection',
      labelNames: ['projection'] as const,
      registers,
    }),
    consumerLag: new Gauge({
      name: 'healthpay_kafka_consumer_lag',
      help: 'Messages behind the partition high watermark (scaled mode), per topic and partition',
      labelNames: ['topic', 'partition'] as const,
      registers,
    }),
    relayBacklog: new Gauge({
      name: 'healthpay_relay_backlog_events',
      help: 'Events committed but not yet published to Kafka by the outbox relay',
      registers,
    }),
    paymentNotifications: new Counter({
      name: 'healthpay_payment_notifications_total',
      help: 'Payment provider notifications by provider and outcome (recorded, unmatched, bad_signature, invalid, error)',
      labelNames: ['provider', 'outcome'] as const,
      registers,
    }),
    otpSends: new Counter({
      name: 'healthpay_otp_sends_total',
      help: 'One-time codes queued for SMS (queued), or issued without a text (suppressed: no such patient)',
      labelNames: ['outcome'] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'healthpay_rate_limit_refusals_total',
      help: 'Requests refused by a rate limit, by limit (otp-send, login, api, …)',
      labelNames: ['limit'] as const,
      registers,
    }),
    signIns: new Counter({
      name: 'healthpay_auth_attempts_total',
      help: 'Sign-in steps (OTP request and verify, password, TOTP) by action and result',
      labelNames: ['action', 'result'] as const,
      registers,
    }),
    dbPool: new Gauge({
      name: 'healthpay_db_pool_connections',
      help: 'Postgres pool connections by pool and state (total, idle, waiting clients, max)',
      labelNames: ['pool', 'state'] as const,
      registers,
      // Read at scrape time: nothing to do on the query path.
      collect() {
        for (const [pool, p] of pools) {
          this.set({ pool, state: 'total' }, p.totalCount);
          this.set({ pool, state: 'idle' }, p.idleCount);
          this.set({ pool, state: 'waiting' }, p.waitingCount);
          if (p.options?.max !== undefined) this.set({ pool, state: 'max' }, p.options.max);
        }
      },
    }),
  };
}

export type HealthpayMetrics = ReturnType<typeof defineMetrics>;

/** Names the rules and dashboards may use (ours plus the default process metrics they rely on). */
export const METRIC_NAMES = [
  'healthpay_http_request_duration_seconds',
  'healthpay_api_request_duration_seconds',
  'healthpay_command_duration_seconds',
  'healthpay_commands_total',
  'healthpay_event_store_commit_seconds',
  'healthpay_event_store_commands_per_commit',
  'healthpay_projection_lag_seconds',
  'healthpay_projection_position',
  'healthpay_projection_events_total',
  'healthpay_kafka_consumer_lag',
  'healthpay_relay_backlog_events',
  'healthpay_payment_notifications_total',
  'healthpay_otp_sends_total',
  'healthpay_rate_limit_refusals_total',
  'healthpay_auth_attempts_total',
  'healthpay_db_pool_connections',
] as const;
