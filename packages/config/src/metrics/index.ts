/**
 * Prometheus metrics for every HealthPay process (prom-client): one registry per process, the metric
 * definitions, cheap recorders for the hot paths and the loopback /metrics server. See docs/operations.md.
 */
export { metrics, metricsRegistry, watchPool } from './registry';
export { METRIC_NAMES, type HealthpayMetrics, type WatchedPool } from './definitions';
export {
  recordApiCall, recordCommand, recordHttpRequest, commandOutcomeOf, recordCommit, recordProjected, recordRateLimitRefusal,
  recordPaymentNotification, recordOtpSend, recordSignIn, type CommandOutcome, type NotificationOutcome,
} from './recorders';
export { serveMetrics, writeMetrics, bearerMatches } from './server';
export { parsePrometheusText, histogramQuantile, type Sample } from './text';
export { BoundedLabel } from './bounded';
