/** Graceful shutdown and health probes shared by every HealthPay process (docs/operations.md, "Shutdown"). */
export { isDraining, registerCloser, resetLifecycle, runClosers, startDraining } from './state';
export { shutdownOnSignals, type ShutdownPlan } from './shutdown';
export { PROBE_PATHS, startProbeServer, type ProbeServerOptions } from './probe-server';
