import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@healthpay/config';
import { METRICS_PORTS, metricsTargets } from '../stack/metrics-targets';
import { prometheusConfig } from './prometheus-config';
import { ensurePrometheusInstalled, startPrometheus } from './prometheus-process';
import { ROOT, RULES } from './promtool';

/**
 * `npm run observe [-- --port 9090]`: a real Prometheus scraping every process `npm start` runs (their
 * METRICS_PORTs, scripts/stack/metrics-targets.ts) with HealthPay's alert and recording rules. Ctrl-C stops it.
 */
const e = env();
const log = (line: string) => console.log(`[observe] ${line}`);
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 9090;
if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error('--port must be 1024–65535');

ensurePrometheusInstalled(log);
const dir = path.resolve(ROOT, e.HP_DATA_DIR, 'prometheus');
mkdirSync(path.join(dir, 'data'), { recursive: true });
const targets = metricsTargets(e.HP_MODE, METRICS_PORTS);
const configFile = path.join(dir, 'prometheus.yml');
writeFileSync(configFile, prometheusConfig({ targets, ruleFiles: [RULES], intervalSeconds: 5 }));
const prometheus = await startPrometheus({ configFile, dataDir: path.join(dir, 'data'), port, quiet: true });
console.log(`
  Prometheus is running: ${prometheus.url}
    targets  ${prometheus.url}/targets   (${targets.map((t) => `${t.process} ${t.address}`).join(', ')})
    alerts   ${prometheus.url}/alerts
  The staff System page reads it when the portals run with PROMETHEUS_URL=${prometheus.url}
  Grafana dashboards: deploy/grafana (import them, or mount the provisioning folder). Ctrl-C stops Prometheus.
`);
const stop = () => void prometheus.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
prometheus.child.once('exit', (code) => {
  log(`prometheus exited (${code ?? 'signal'})`);
  process.exit(code ?? 1);
});
