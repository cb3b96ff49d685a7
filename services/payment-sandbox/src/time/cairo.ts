const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Africa/Cairo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

function cairoParts(at: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, p.value]));
}

/** `YYYY-MM-DD` of `at` on Cairo's calendar (Egypt observes DST again since 2023). */
export function cairoDate(at: Date): string {
  const p = cairoParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * Paymob's `created_at`: Cairo wall time with microseconds and the zone offset, e.g.
 * `2026-12-06T02:15:47.482518+02:00`. Receivers must hash it exactly as sent.
 */
export function paymobTimestamp(at: Date, microsWithinMilli: number): string {
  const p = cairoParts(at);
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  const micros = String(at.getUTCMilliseconds() * 1000 + (microsWithinMilli % 1000)).padStart(6, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${micros}${offset}`;
}
