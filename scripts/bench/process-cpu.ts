import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** The fields of a `/proc/…/stat` file after the command name (which may contain spaces), or [] if it is gone. */
export async function procStat(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text ? text.slice(text.lastIndexOf(')') + 2).split(' ') : [];
}

/**
 * utime + stime (seconds) of a process and all its descendants (Linux /proc; NaN elsewhere), children that already
 * exited included (their parent's cutime + cstime: a Postgres backend that ends keeps counting).
 */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  try {
    const stats = new Map<number, { ppid: number; ticks: number }>();
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const f = await procStat(`/proc/${name}/stat`);
      if (f.length > 15) stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    }
    let ticks = 0;
    const walk = (pid: number) => {
      ticks += stats.get(pid)?.ticks ?? 0;
      for (const [child, s] of stats) if (s.ppid === pid) walk(child);
    };
    walk(rootPid);
    return ticks / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** A thread's name (numbering dropped: "GC Thread#1" → "GC Thread#") and its CPU ticks so far. */
export type ThreadTicks = Map<string, { name: string; ticks: number }>;

/**
 * CPU ticks of each thread of a process, by thread id (Linux /proc; empty elsewhere): for a JVM, where its CPU
 * goes (compilers, GC, request stages). Names are the kernel's, cut at 15 characters.
 */
export async function threadTicks(pid: number): Promise<ThreadTicks> {
  const threads: ThreadTicks = new Map();
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  for (const tid of tasks) {
    const text = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => '');
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close < 0) continue;
    const f = text.slice(close + 2).split(' ');
    threads.set(tid, { name: text.slice(open + 1, close).replace(/\d+$/, '').trim(), ticks: Number(f[11]) + Number(f[12]) });
  }
  return threads;
}

/**
 * The CPU each thread used between two readings, summed by its later name (Cassandra renames its pool threads after
 * the stage of their current task, so a name is only a hint), busiest first, as "name µs/event" text.
 */
export function topThreads<K>(before: Map<K, { name: string; ticks: number }>, after: Map<K, { name: string; ticks: number }>, events: number, top = 8): string {
  const byName = new Map<string, number>();
  for (const [tid, t] of after) byName.set(t.name, (byName.get(t.name) ?? 0) + t.ticks - (before.get(tid)?.ticks ?? 0));
  const used = [...byName].filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1]);
  return used.slice(0, top).map(([name, t]) => `${name} ${Math.round(((t / TICKS_PER_SECOND) * 1e6) / events)}`).join(', ');
}
