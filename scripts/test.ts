import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm test`: lint, typecheck, unit + integration (vitest, real Postgres), e2e (Playwright, real
 * Chromium, full stack). Stops at the first failing step; ends with one "N passed, N failed" line.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });

const tally = { passed: 0, failed: 0 };
function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${name}: ${res.status === 0 ? 'ok' : `failed (${res.status ?? res.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (res.status !== 0) finish(res.status ?? 1);
}

function count(file: string, read: (json: never) => { passed: number; failed: number }): void {
  const p = path.join(ROOT, '.tmp', file);
  if (!existsSync(p)) return;
  const c = read(JSON.parse(readFileSync(p, 'utf8')) as never);
  tally.passed += c.passed;
  tally.failed += c.failed;
}

function finish(code: number): never {
  count('vitest.json', (j: { numPassedTests: number; numFailedTests: number }) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
  count('playwright.json', (j: { stats: { expected: number; unexpected: number; flaky: number } }) => ({
    passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky,
  }));
  console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed`);
  process.exit(code || (tally.failed > 0 ? 1 : 0));
}

step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('typecheck', bin('turbo'), ['run', 'typecheck', '--output-logs=errors-only']);
step('typecheck (scripts, e2e, configs)', bin('tsc'), ['--noEmit', '-p', '.']);
step('unit + integration', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json']);
step('e2e', bin('playwright'), ['test']);
finish(0);
