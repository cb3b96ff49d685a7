import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The server's major version (18 for the embedded Postgres of `npm start`). */
export async function serverMajor(connectionString: string): Promise<number> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end();
  }
}

function majorOf(binary: string): number | undefined {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8' });
    const m = /(\d+)(\.\d+)?/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pg_dump / pg_restore that can read this server: pg_dump refuses servers of a newer major version, so the
 * tool's major must be at least the server's. Looked for in PG_BIN, /usr/lib/postgresql/<n>/bin (Debian,
 * Ubuntu) and PATH; the newest that fits wins. Undefined when none does (then the portable format is used).
 */
export function findPgTool(tool: 'pg_dump' | 'pg_restore', minMajor: number, env = process.env): string | undefined {
  const debian = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin`) : [];
  const dirs = [env.PG_BIN, ...debian, ...(env.PATH ?? '').split(path.delimiter)].filter((d): d is string => !!d);
  const found = [...new Set(dirs.map((d) => path.join(d, tool)))]
    .filter((p) => existsSync(p))
    .map((p) => ({ p, major: majorOf(p) }))
    .filter((x): x is { p: string; major: number } => x.major !== undefined && x.major >= minMajor)
    .sort((a, b) => b.major - a.major);
  return found[0]?.p;
}
