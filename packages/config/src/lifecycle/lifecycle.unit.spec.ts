import { afterEach, describe, expect, it } from 'vitest';
import { PROBE_PATHS, isDraining, registerCloser, resetLifecycle, shutdownOnSignals, startProbeServer } from './index';
import type { AddressInfo } from 'node:net';

afterEach(() => resetLifecycle());

const plan = (steps: [string, () => Promise<unknown>][], deadlineMs = 1_000) => {
  const exits: number[] = [];
  const lines: string[] = [];
  const { shutdown } = shutdownOnSignals({ deadlineMs, steps, signals: [], log: (l) => lines.push(l), exit: (c) => exits.push(c) });
  return { shutdown, exits, lines };
};

describe('shutdownOnSignals', () => {
  it('drains at once, runs the steps in order, then the registered closers, and exits 0', async () => {
    const order: string[] = [];
    registerCloser('pool', async () => order.push(`closer (draining: ${isDraining()})`));
    const p = plan([['requests', async () => order.push('requests')], ['consumer', async () => order.push('consumer')]]);
    const done = p.shutdown('SIGTERM');
    expect(isDraining()).toBe(true);
    await done;
    expect(order).toEqual(['requests', 'consumer', 'closer (draining: true)']);
    expect(p.exits).toEqual([0]);
  });

  it('a failing step is reported, the others still run, and the exit code is 1', async () => {
    const ran: string[] = [];
    registerCloser('pool', async () => ran.push('closer'));
    const p = plan([['bad', () => Promise.reject(new Error('boom'))], ['good', async () => ran.push('good')]]);
    await p.shutdown('SIGTERM');
    expect(ran).toEqual(['good', 'closer']);
    expect(p.lines).toContain('[shutdown] bad failed: boom');
    expect(p.exits).toEqual([1]);
  });

  it('exits 1 when the deadline passes first; a second signal starts nothing new', async () => {
    let release = () => {};
    const p = plan([['stuck', () => new Promise<void>((r) => (release = r))]], 20);
    const first = p.shutdown('SIGTERM');
    expect(p.shutdown('SIGINT')).toBe(first);
    while (p.exits.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(p.exits).toEqual([1]);
    release();
    await first;
  });
});

describe('startProbeServer', () => {
  it('liveness always; readiness from the check, 503 once draining', async () => {
    let up = true;
    const server = await startProbeServer({ port: 0, host: '127.0.0.1', ready: async () => up });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const status = async (p: string) => (await fetch(url + p)).status;
      expect([await status(PROBE_PATHS.liveness), await status(PROBE_PATHS.readiness), await status('/metrics')]).toEqual([200, 200, 404]);
      up = false;
      expect(await status(PROBE_PATHS.readiness)).toBe(503);
      up = true;
      plan([]).shutdown('SIGTERM');
      expect([await status(PROBE_PATHS.readiness), await status(PROBE_PATHS.liveness)]).toEqual([503, 200]);
    } finally {
      server.close();
    }
  });
});
