import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * `tsx scripts/bench/profile-summary.ts [.tmp/profile] [last seconds]`: top self-time functions and a share per layer over the
 * CPU profiles `BENCH_PROFILE=1 npm run bench` wrote (the flame graph's bottom line, as a table).
 */
interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; endTime: number; startTime: number }

const LAYERS: [string, RegExp][] = [
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle', /^\((idle|program)\)$/],
  ['tRPC', /@trpc\//], ['zod', /\/zod\//], ['superjson', /superjson/], ['pg driver', /\/(pg|pg-protocol|pg-pool)\//],
  ['undici / web streams / Fetch', /undici|web\/streams|internal\/webstreams|internal\/deps\/undici/],
  ['node http / net / streams', /node:(_http|http|net|stream|internal\/streams|internal\/http)|^node:internal\/(streams|http|net)/],
  ['our code (packages, services)', /\/work\/main\/(packages|services)\//],
  ['tsx / module loading', /tsx|esbuild|node:internal\/modules/],
];

const dir = process.argv[2] ?? '.tmp/profile';
/** Only the last N seconds of each profile (the measured load, not the start-up and setup before it). */
const lastSeconds = Number(process.argv[3] ?? 'Infinity');
const self = new Map<string, number>();
const layers = new Map<string, number>();
let total = 0;
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const from = p.endTime - lastSeconds * 1e6;
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    at += us;
    const n = byId.get(id);
    if (!n || at < from) return;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(/^.*node_modules\//, '').replace('/work/main/', '');
    const key = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + us);
    const layer = LAYERS.find(([, re]) => re.test(functionName) || re.test(url))?.[0] ?? (url.startsWith('node:') || url === '' ? 'node internals / native' : 'other libraries');
    layers.set(layer, (layers.get(layer) ?? 0) + us);
    total += us;
  });
}
const pct = (us: number) => `${((100 * us) / Math.max(1, total)).toFixed(1)} %`;
console.log(`| layer | self time |\n|---|---|`);
for (const [k, us] of [...layers].sort((a, b) => b[1] - a[1])) console.log(`| ${k} | ${pct(us)} |`);
console.log(`\n| function (self time) | share |\n|---|---|`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| \`${k}\` | ${pct(us)} |`);
