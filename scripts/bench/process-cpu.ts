import { readdir, readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100;

/** utime + stime (seconds) of a process and all its descendants (Linux /proc; NaN elsewhere). */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  try {
    const stats = new Map<number, { ppid: number; ticks: number }>();
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
      // Fields after the command name (which may contain spaces) start past the last ')'.
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      if (f.length > 13) stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
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
