import { createPool } from '../postgres/pool';
import { databaseUrl } from '../postgres/default-url';
import { seedDemoData } from './seed';

/** `npm run seed -w @healthpay/db` */
const pool = createPool(databaseUrl(), 2);
console.log((await seedDemoData(pool)) ? 'seeded demo data' : 'demo data already present');
await pool.end();
