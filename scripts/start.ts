import { DEMO_PASSWORD } from '@healthpay/api';
import { env } from '@healthpay/config';
import { demoUsers } from '@healthpay/db/testing';
import { METRICS_PORTS } from './stack/metrics-targets';
import { startStack } from './stack/stack';

/** `npm start`: everything HealthPay needs, on this machine, with demo data. Ctrl-C stops it all. */
const e = env();
const log = (line: string) => console.log(`[start] ${line}`);
const stack = await startStack({
  databaseUrl: e.DATABASE_URL,
  dataDir: e.HP_DATA_DIR,
  pgPort: e.HP_EMBEDDED_PG_PORT,
  databaseName: 'healthpay',
  ports: { web: e.PORT_WEB, admin: e.PORT_ADMIN, merchant: e.PORT_MERCHANT },
  sandboxPorts: { paymob: 3010, fawry: 3011 },
  host: e.HP_HOST,
  mode: e.HP_MODE,
  metricsPorts: METRICS_PORTS,
  build: true,
  log,
});

const local = (phone: string) => phone.replace(/^\+20/, '0');
const patients = demoUsers.filter((u) => u.role === 'patient').map((u) => `${u.name} ${local(u.phone ?? '')}`).join(', ');
const withPassword = (roles: string[]) =>
  demoUsers.filter((u) => roles.includes(u.role)).map((u) => `${u.email} (${u.role.replace('_', ' ')})`).join('\n                ');
console.log(`
  HealthPay is running.

  Patients   ${stack.urls.web}/ar   (English: ${stack.urls.web}/en)
  Staff      ${stack.urls.admin}
  Pharmacies ${stack.urls.merchant}

  Demo sign-in (development data only)
    patients:   mobile number, then the 6-digit code printed here as "[sms:dev]" (and kept in sms_outbox)
                ${patients}
    staff:      password ${DEMO_PASSWORD}
                ${withPassword(['superadmin', 'support', 'claims_reviewer', 'finance'])}
    pharmacist: password ${DEMO_PASSWORD}
                ${withPassword(['pharmacist'])}   (pharmacist@ezaby.eg manages its pharmacy's team)
    invitations: the email's link is printed here as "[email:dev]" (and kept in email_outbox)

  Payments   ${stack.sandboxes.paymob ? `Paymob sandbox ${stack.sandboxes.paymob} (test card 4987 6543 2109 8769 pays; 4000 0000 0000 0002 is declined)` : 'Paymob: PAYMOB_BASE_URL'}
             ${stack.sandboxes.fawry ? `Fawry sandbox outlet ${stack.sandboxes.fawry}/outlet (pay a reference code there)` : 'Fawry: FAWRY_BASE_URL'}

  Metrics    each process on 127.0.0.1 (METRICS_PORT); \`npm run observe\` starts Prometheus scraping them
  Database   ${stack.databaseUrl.replace(/:[^:@/]+@/, ':***@')}
  Ctrl-C stops everything.
`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
