import type { Server } from 'node:http';
import { freePort } from '@healthpay/db/ops';
import { eventTopics, topicFor } from '@healthpay/db/pipeline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTITIONS } from './kafka/client';
import { startMetricsServer } from './metrics-server';
import { startRelayMetrics } from './relay/relay-metrics';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

/**
 * Scaled mode, seen through /metrics as Prometheus scrapes it: the projector's endpoint carries the Kafka
 * consumer lag per topic and partition, the relay's endpoint its backlog; labels stay within the topics and
 * partitions (no ids). The relay's and the projector's metrics servers run here in one process, so they share
 * one registry: each is read from the endpoint its process serves in production.
 */
let h: ScaledHarness;
let projectorUrl: string;
let relayUrl: string;
let projectorServer: Server;
let relayMetrics: Awaited<ReturnType<typeof startRelayMetrics>>;
let consumer: Awaited<ReturnType<ScaledHarness['startConsumer']>>;
beforeAll(async () => {
  h = await scaledHarness();
  consumer = await h.startConsumer();
  const [projectorPort, relayPort] = [await freePort(), await freePort()];
  projectorServer = await startMetricsServer(projectorPort, consumer.lag);
  relayMetrics = await startRelayMetrics(h.services.pool, { METRICS_PORT: relayPort, METRICS_HOST: '127.0.0.1' });
  projectorUrl = `http://127.0.0.1:${projectorPort}/metrics`;
  relayUrl = `http://127.0.0.1:${relayPort}/metrics`;
});
afterAll(async () => {
  await relayMetrics?.stop();
  await new Promise((r) => (projectorServer ? projectorServer.close(r) : r(undefined)));
  await h?.closeScaled();
});

interface Sample { labels: Record<string, string>; value: number }

/** The samples of one metric in a Prometheus text exposition (what Prometheus would store). */
async function scrape(url: string, metric: string): Promise<Sample[]> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const text = await res.text();
  return text.split('\n').flatMap((line) => {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== metric) return [];
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1]!, l[2]!]));
    return [{ labels, value: Number(m[3]) }];
  });
}

const backlog = async () => {
  const samples = await scrape(relayUrl, 'healthpay_relay_backlog_events');
  expect(samples.map((s) => s.labels)).toEqual([{}]);
  return samples[0]!.value;
};
const ourLag = async () => (await scrape(projectorUrl, 'healthpay_kafka_consumer_lag')).filter((s) => s.labels.topic?.startsWith(`${h.prefix}.`));

describe('scaled mode metrics, scraped', () => {
  it('the relay backlog counts committed events not yet on Kafka, and drains to 0 once relayed', async () => {
    // Demo data and a fresh wallet are committed, none relayed yet (the gauge is counted every 5 s).
    await h.newWallet(5_000);
    await expect.poll(backlog, { timeout: 15_000, interval: 250 }).toBeGreaterThanOrEqual(3);
    expect(await h.relayAll()).toBeGreaterThanOrEqual(3);
    await expect.poll(backlog, { timeout: 15_000, interval: 250 }).toBe(0);
  });

  it('the projector exposes consumer lag per topic and partition, bounded labels, 0 once caught up', async () => {
    const wallets = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((i) => h.newWallet(1_000 * i)));
    await h.relayAll();
    const omar = await h.as('u-omar');
    for (const walletId of wallets) await omar.wallet.debit({ walletId, amount: 100, reference: 'metrics spec' });
    await h.relayAll();
    // Caught up: every wallet's last event is in CQL.
    for (const walletId of wallets) await expect.poll(async () => (await h.cqlWallet(walletId))?.version, { timeout: 30_000, interval: 100 }).toBe(4);

    const samples = await ourLag();
    // The wallet topic carried events for eight wallets keyed by id: more than one of its partitions reported.
    const walletPartitions = samples.filter((s) => s.labels.topic === topicFor('wallet', h.prefix)).map((s) => s.labels.partition);
    expect(new Set(walletPartitions).size).toBeGreaterThan(1);
    const topics = new Set(eventTopics(h.prefix));
    const partitions = new Set(Array.from({ length: PARTITIONS }, (_, p) => String(p)));
    for (const s of samples) {
      expect(Object.keys(s.labels).sort()).toEqual(['partition', 'topic']);
      expect(topics.has(s.labels.topic!), s.labels.topic).toBe(true);
      expect(partitions.has(s.labels.partition!), s.labels.partition).toBe(true);
      expect(Number.isInteger(s.value) && s.value >= 0, String(s.value)).toBe(true);
    }
    // One series per (topic, partition) at most: bounded by configuration, not by traffic.
    expect(new Set(samples.map((s) => `${s.labels.topic}/${s.labels.partition}`)).size).toBe(samples.length);
    expect(samples.length).toBeLessThanOrEqual(topics.size * PARTITIONS);
    await expect.poll(async () => (await ourLag()).map((s) => s.value).filter((v) => v > 0), { timeout: 30_000, interval: 250 }).toEqual([]);
    // And the consumer's projection lag and position are there too (the lag dashboard's other panels).
    const position = await scrape(projectorUrl, 'healthpay_projection_position');
    expect(position.find((s) => s.labels.projection === 'kafka-consumer')?.value).toBeGreaterThan(0);
  });
});
