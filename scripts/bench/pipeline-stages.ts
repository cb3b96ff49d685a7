import { metricsRegistry } from '@healthpay/config/metrics';

/**
 * bench:pipeline's split of the projection lag: the stage summaries the relay and the projector keep
 * (`healthpay_pipeline_stage_ms`, services/projector/src/stage-times.ts) and the generator's own group commits.
 */
const STAGES: [process: 'relay' | 'projector', stage: string, what: string][] = [
  ['relay', 'read', 'relay: commit began → read from the feed (commit, NOTIFY, 5 ms linger after a small read, snapshot xmin, relay busy)'],
  ['relay', 'produce', 'relay: read → produce acked (messages built, acks=all)'],
  ['relay', 'checkpoint', 'relay: checkpoint write after the ack, at most every 100 ms (delays the next step)'],
  ['projector', 'relay', 'commit began → produce request encoded (the relay\'s share)'],
  ['projector', 'kafka', 'produced → handed to the consumer (ack, fetch wait, consumer busy)'],
  ['projector', 'cql', 'handed over → CQL rows written'],
  ['projector', 'postgres', 'handed over → CQL, then Postgres read models committed (lag recorded)'],
  ['projector', 'transaction', 'events per projector Postgres transaction (a count, not ms)'],
];

function quantiles(text: string, stage: string): string {
  const q = (x: string) => new RegExp(`healthpay_pipeline_stage_ms\\{stage="${stage}",quantile="${x}"\\} ([\\d.]+)`).exec(text)?.[1] ?? '?';
  return `${q('0.5')} | ${q('0.95')} | ${q('0.99')}`;
}

export function stageTable(relayText: string, projectorText: string, commits: string): string {
  const rows = STAGES.map(([proc, stage, what]) => `| ${proc} ${stage} | ${what} | ${quantiles(proc === 'relay' ? relayText : projectorText, stage)} |`);
  return ['| stage | span | p50 | p95 | p99 |', '|---|---|---|---|---|', ...rows, '', commits].join('\n');
}

interface CommitTotals {
  seconds: number;
  commits: number;
  commands: number;
}

/** The generator's group commits so far (this process's registry). */
export async function commitTotals(): Promise<CommitTotals> {
  const text = await metricsRegistry().metrics();
  const n = (name: string) => Number(new RegExp(`^${name} ([\\d.e+-]+)$`, 'm').exec(text)?.[1] ?? 0);
  return {
    seconds: n('healthpay_event_store_commit_seconds_sum'),
    commits: n('healthpay_event_store_commit_seconds_count'),
    commands: n('healthpay_event_store_commands_per_commit_sum'),
  };
}

export function commitSplit(a: CommitTotals, b: CommitTotals): string {
  const commits = b.commits - a.commits;
  if (commits <= 0) return 'Generator group commits: none recorded';
  return `Generator group commits: ${((1000 * (b.seconds - a.seconds)) / commits).toFixed(1)} ms per commit statement (mean), ` +
    `${((b.commands - a.commands) / commits).toFixed(1)} commands per commit`;
}
