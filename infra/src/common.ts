// Shared plumbing for the JVM servers: Maven-fetched jar cache, pid files, ports, spawn/stop.
// Only node: modules, so `npm run infra:*` works in a fresh checkout without extra packages.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { withTimerSlack } from './timer-slack.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const HOST = '127.0.0.1'; // every listener is loopback-only

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Copies the runtime closure of infra/maven/<name>/pom.xml into <cacheDir>/lib once.
 * A marker holding the pom's hash makes later runs a no-op (and refetches when the pom changes).
 */
export function ensureJars(name: 'kafka' | 'cassandra', cacheDir = path.join(ROOT, '.cache/infra', name)): string {
  const pom = path.join(ROOT, 'infra/maven', name, 'pom.xml');
  const hash = createHash('sha256').update(readFileSync(pom)).digest('hex');
  const lib = path.join(cacheDir, 'lib');
  const marker = path.join(lib, '.pom-sha256');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return lib;

  // Fetch into a private temp dir and rename, so a concurrent or interrupted fetch never leaves a half-filled lib.
  const tmp = `${lib}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  console.error(`[infra] fetching ${name} jars with Maven (first run only)…`);
  // maven-dependency-plugin is pinned (Maven 3.8.7 would pick an old default). -B: batch mode. Output is
  // captured and shown only on failure (even -q prints stray ANSI codes on Maven 3.8).
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies', `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime'],
    { encoding: 'utf8' },
  );
  if (mvn.error || mvn.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`mvn copy-dependencies for ${name} failed (${mvn.error?.message ?? `exit ${mvn.status}`}; needs Maven and Java 17 on PATH)\n${mvn.stdout}${mvn.stderr}`);
  }
  writeFileSync(path.join(tmp, '.pom-sha256'), hash);
  const fresh = () => existsSync(marker) && readFileSync(marker, 'utf8') === hash;
  // A parallel fetch (another data dir) may have finished meanwhile: keep its lib, a JVM may be using it.
  if (!fresh()) {
    rmSync(lib, { recursive: true, force: true });
    try {
      renameSync(tmp, lib);
    } catch (err) {
      if (!fresh()) throw err;
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return lib;
}

export function findJar(lib: string, prefix: string): string {
  const jar = readdirSync(lib).find((f) => f.startsWith(prefix) && f.endsWith('.jar'));
  if (!jar) throw new Error(`no ${prefix}*.jar in ${lib}`);
  return path.join(lib, jar);
}

/**
 * JIT for servers that live minutes to hours (dev, tests, benchmarks): C1 only. With C2 as well, compiling is most
 * of the JVM's CPU for its first minutes; measured in the pipeline benchmark (docs/benchmarks.md, 2026-12-06 session
 * 8) Kafka fell from ~490 to ~130-160 and Cassandra from ~830-980 to ~230-270 µs of CPU per event. A long-running
 * server under steady load would gain from C2 once it has compiled: `fullJit`.
 */
export const jitArgs = (fullJit = false): string[] => (fullJit ? [] : ['-XX:TieredStopAtLevel=1']);

export const javaBin = () => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin/java') : 'java');

// ---- pid files -------------------------------------------------------------------------------------

export interface PidInfo {
  pid: number;
  ports: Record<string, number>;
  marker: string; // a string from the command line (the config path), to tell our JVM from a reused pid
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).stdout ?? ''; // macOS
  }
}

/** The live server recorded in the pid file, or null (a stale file is removed). */
export function readPid(pidFile: string): PidInfo | null {
  if (!existsSync(pidFile)) return null;
  let info: PidInfo;
  try {
    info = JSON.parse(readFileSync(pidFile, 'utf8')) as PidInfo;
  } catch {
    rmSync(pidFile, { force: true });
    return null;
  }
  if (isAlive(info.pid) && commandLine(info.pid).includes(info.marker)) return info;
  rmSync(pidFile, { force: true });
  return null;
}

/** SIGTERM (both servers flush and shut down cleanly on it), SIGKILL after `timeoutMs`. */
export async function stopPid(pid: number, timeoutMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  // (a JVM that ignores SIGTERM for `timeoutMs` is hung; data may need the commit log replay next start)
}

// ---- ports -----------------------------------------------------------------------------------------

/** Fails fast when a foreign process holds a port: otherwise the readiness probe could talk to it. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
  if (!free) throw new Error(`${what} port ${HOST}:${port} is already in use by another process`);
}

// ---- spawning --------------------------------------------------------------------------------------

export interface Server {
  /** SIGTERM, then SIGKILL after a timeout; removes the pid file. */
  stop(): Promise<void>;
  pid: number;
  ports: Record<string, number>;
  /** Files to look at when something goes wrong. */
  logs: string[];
  /** false when an already-running server from the pid file was reused. */
  started: boolean;
  pidFile: string;
}

/**
 * Reuses the server recorded in the pid file, or spawns a JVM (stdout/stderr appended to `outFile`),
 * records its pid and waits for `ready`. Detached (own process group) so a terminal Ctrl-C reaches only
 * our CLI, which then stops it in order.
 */
export async function startJava(opts: {
  name: string;
  ports: Record<string, number>;
  pidFile: string;
  marker: string;
  /** Writes config files etc. and returns the java arguments; runs only when a JVM is really started. */
  prepare: () => Promise<string[]> | string[];
  cwd: string;
  outFile: string;
  ready: () => Promise<boolean>;
  timeoutMs: number;
  stopTimeoutMs: number;
  logs: string[];
  /** Linux timer slack of the JVM's threads (timer-slack.ts); when absent they inherit ours (the kernel's default: 50 µs). */
  timerSlackNs?: number;
}): Promise<Server> {
  // A start lock per data dir: parallel callers (e.g. turbo running several test tasks) must not format
  // or spawn twice; the losers wait for the winner's server instead.
  const lock = `${opts.pidFile}.lock`;
  mkdirSync(path.dirname(lock), { recursive: true });
  for (const deadline = Date.now() + opts.timeoutMs; ; ) {
    const existing = await awaitExisting(opts);
    if (existing) return existing;
    if (tryLock(lock)) break;
    if (Date.now() > deadline) throw new Error(`${opts.name}: ${lock} is held by another starter`);
    await sleep(250);
  }
  let pid: number;
  let exited: string | null = null;
  try {
    for (const [what, port] of Object.entries(opts.ports)) await assertPortFree(port, `${opts.name} ${what}`);
    const args = await opts.prepare();
    const out = openSync(opts.outFile, 'a');
    const [cmd, argv] = opts.timerSlackNs ? withTimerSlack(javaBin(), args, opts.timerSlackNs) : [javaBin(), args];
    const child = spawn(cmd, argv, { cwd: opts.cwd, detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    if (child.pid === undefined) throw new Error(`could not spawn ${javaBin()} for ${opts.name}`);
    pid = child.pid;
    child.once('exit', (code, sig) => (exited = `exit ${code ?? sig}`));
    child.once('error', (err) => (exited = err.message));
    writeFileSync(opts.pidFile, JSON.stringify({ pid, ports: opts.ports, marker: opts.marker } satisfies PidInfo));
  } finally {
    rmSync(lock, { force: true });
  }
  // The child is not unref'd: a caller that forgets stop() hangs visibly instead of leaking a JVM.
  const server = handle(pid, opts.ports, opts.pidFile, opts.logs, opts.stopTimeoutMs, true);

  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    if (exited) {
      rmSync(opts.pidFile, { force: true });
      throw new Error(`${opts.name} died before it was ready (${exited}); see ${opts.logs.join(', ')}\n${tail(opts.outFile)}`);
    }
    if (await opts.ready().catch(() => false)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${opts.name} not ready after ${opts.timeoutMs} ms; see ${opts.logs.join(', ')}\n${tail(opts.outFile)}`);
    }
    await sleep(250);
  }
}

/** Creates the lock file with our pid; a lock whose owner died is taken over. */
function tryLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    let owner = NaN; // stays NaN while the owner is still writing its pid, or when the lock just went
    try {
      owner = Number(readFileSync(lock, 'utf8') || NaN);
    } catch {
      /* released meanwhile: retry on the next round */
    }
    if (Number.isInteger(owner) && !isAlive(owner)) rmSync(lock, { force: true });
    return false;
  }
}

/**
 * A server already recorded in the pid file: its handle once it answers (it may still be starting for
 * another caller), or null when there is none or it exits meanwhile (e.g. it was stopping).
 */
async function awaitExisting(opts: { name: string; ports: Record<string, number>; pidFile: string; ready: () => Promise<boolean>; timeoutMs: number; stopTimeoutMs: number; logs: string[] }): Promise<Server | null> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const info = readPid(opts.pidFile);
    if (!info) return null;
    if (JSON.stringify(info.ports) !== JSON.stringify(opts.ports))
      throw new Error(`${opts.name} for this data dir already runs with ports ${JSON.stringify(info.ports)}; stop it first (npm run infra:stop)`);
    if (await opts.ready().catch(() => false)) return handle(info.pid, info.ports, opts.pidFile, opts.logs, opts.stopTimeoutMs, false);
    if (Date.now() > deadline) throw new Error(`${opts.name} pid ${info.pid} is running but not answering; see ${opts.logs.join(', ')}`);
    await sleep(250);
  }
}

export function handle(pid: number, ports: Record<string, number>, pidFile: string, logs: string[], stopTimeoutMs: number, started: boolean): Server {
  return {
    pid,
    ports,
    logs,
    started,
    pidFile,
    async stop() {
      // The pid file names the server running now: it may have been restarted since this handle was made.
      const current = readPid(pidFile)?.pid ?? pid;
      await stopPid(current, stopTimeoutMs);
      if (current !== pid && isAlive(pid)) await stopPid(pid, stopTimeoutMs);
      rmSync(pidFile, { force: true });
    },
  };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
