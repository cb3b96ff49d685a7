// Operations: run by scripts, tests and `npm start`, never bundled into a portal.
export { startEmbeddedPostgres, type RunningPostgres } from './postgres/embedded';
export { applyMigrations } from './migrate/apply';
export { seedDemoData } from './seed/seed';
export { rotatePii, countUnrotated } from './pii/rotate';
export { freePort } from './postgres/free-port';
