import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { withTimerSlack } from './timer-slack.js';

const run = (bin: string, args: string[], slackNs?: number) => {
  const [cmd, argv] = withTimerSlack(bin, args, slackNs);
  return spawnSync(cmd, argv, { encoding: 'utf8' });
};

describe.runIf(process.platform === 'linux')('withTimerSlack', () => {
  it('runs the program with 1 ms of timer slack, which its threads inherit', () => {
    expect(run('cat', ['/proc/self/timerslack_ns']).stdout.trim()).toBe('1000000');
    expect(run('sh', ['-c', 'cat /proc/self/timerslack_ns'], 2_000_000).stdout.trim()).toBe('2000000');
  });

  it('passes the arguments through unchanged, and the exit status back', () => {
    const r = run('sh', ['-c', 'printf "%s|" "$0" "$@"; exit 3', 'a b', '$HOME', '"q"', '']);
    expect(r.stdout).toBe('a b|$HOME|"q"||');
    expect(r.status).toBe(3);
  });

  it('execs the program in its own place: the pid spawned is the program', () => {
    expect(run('sh', ['-c', 'echo $$ $PPID']).stdout.trim().split(' ')[1]).toBe(String(process.pid));
  });
});
