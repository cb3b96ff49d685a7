import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A migration's way back: `down.sql` beside `migration.sql`, or `down.md` saying why only a forward fix is safe. */
export type WayBack = { kind: 'sql'; sql: string } | { kind: 'forward-fix'; doc: string } | { kind: 'none' };

export async function readWayBack(migrationsDir: string, name: string): Promise<WayBack> {
  const sql = path.join(migrationsDir, name, 'down.sql');
  if (existsSync(sql)) return { kind: 'sql', sql: await readFile(sql, 'utf8') };
  const doc = path.join(migrationsDir, name, 'down.md');
  if (existsSync(doc)) return { kind: 'forward-fix', doc };
  return { kind: 'none' };
}
