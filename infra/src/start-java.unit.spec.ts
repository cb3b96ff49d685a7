import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startJava } from './common.js';

const dirs: string[] = [];
const javaHome = process.env.JAVA_HOME;
afterEach(() => {
  if (javaHome === undefined) delete process.env.JAVA_HOME;
  else process.env.JAVA_HOME = javaHome;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts a stand-in `java` that reports its timer slack and pid, then waits to be stopped; returns both and its pid. */
async function startStandIn(timerSlackNs?: number): Promise<{ slack: string; reportedPid: number; pid: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'start-java-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'bin'));
  const report = path.join(dir, 'report');
  writeFileSync(path.join(dir, 'bin/java'), `#!/bin/sh\necho "$(cat /proc/self/timerslack_ns) $$" > "$1.tmp" && mv "$1.tmp" "$1"\nexec sleep 60\n`);
  chmodSync(path.join(dir, 'bin/java'), 0o755);
  process.env.JAVA_HOME = dir;
  const server = await startJava({
    name: 'stand-in', ports: {}, pidFile: path.join(dir, 'server.pid'), marker: report, prepare: () => [report], cwd: dir,
    outFile: path.join(dir, 'out.log'), ready: async () => existsSync(report), timeoutMs: 10_000, stopTimeoutMs: 5_000, logs: [],
    ...(timerSlackNs ? { timerSlackNs } : {}),
  });
  try {
    const [slack, reportedPid] = readFileSync(report, 'utf8').trim().split(' ');
    return { slack: slack ?? '', reportedPid: Number(reportedPid), pid: server.pid };
  } finally {
    await server.stop();
  }
}

describe.runIf(process.platform === 'linux')('startJava', () => {
  it('starts the JVM with the timer slack asked for (Cassandra: 1 ms), as the pid it records', async () => {
    const r = await startStandIn(1_000_000);
    expect(r.slack).toBe('1000000');
    expect(r.reportedPid).toBe(r.pid);
  });

  it('leaves the timer slack as it was when none is asked for', async () => {
    const own = readFileSync('/proc/self/timerslack_ns', 'utf8').trim();
    const r = await startStandIn();
    expect(r.slack).toBe(own);
    expect(r.reportedPid).toBe(r.pid);
  });
});
