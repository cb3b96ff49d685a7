/**
 * COPY's binary format, for the rebuild's largest tables: Postgres then reads each uuid, timestamp and bigint as its
 * bytes (`uuid_recv`, `timestamptz_recv`) instead of parsing its text (`uuid_in`, `timestamptz_in`: a sixth of the
 * COPY's CPU in a profile of the replay). Values are taken only in the canonical forms the projections write (a
 * lower- or upper-case hex UUID, `toISOString`'s instant, `YYYY-MM-DD`, safe integers); anything else throws
 * `NotBinary`, and the caller writes the same rows as text instead, so the stored rows never depend on the format.
 */
export class NotBinary extends Error {}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** The file header (signature, no flags, no extension) and the trailer (a field count of -1). */
export const BINARY_HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
export const BINARY_TRAILER = Buffer.from([0xff, 0xff]);

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[97 + i] = 10 + i;
  HEX[65 + i] = 10 + i;
}
const TWO_32 = 4_294_967_296;
const MS_2000 = Date.UTC(2000, 0, 1);
const DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

const digits = (s: string, from: number, n: number): number => {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
};

const days = new Map<string, number>();
/** Days since 2000-01-01 of a valid `YYYY-MM-DD`, else NaN; remembered (a replay meets the same few days again and again). */
function dayNumber(day: string): number {
  const known = days.get(day);
  if (known !== undefined) return known;
  const m = DAY.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return Number.NaN;
  if (days.size > 100_000) days.clear();
  days.set(day, (ms - MS_2000) / 86_400_000);
  return (ms - MS_2000) / 86_400_000;
}

/** Rows of one COPY in the binary format, appended to a growing buffer. */
export class BinaryRows {
  private buf = Buffer.allocUnsafe(1 << 16);
  private at = 0;

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(next, 0, 0, this.at);
    this.buf = next;
  }

  /** Starts a row of `fields` fields. */
  row(fields: number): this {
    this.room(2);
    this.buf.writeInt16BE(fields, this.at);
    this.at += 2;
    return this;
  }

  null(): this {
    this.room(4);
    this.buf.writeInt32BE(-1, this.at);
    this.at += 4;
    return this;
  }

  int4(n: number): this {
    if (!Number.isInteger(n) || n < -2_147_483_648 || n > 2_147_483_647) throw new NotBinary(`int4 ${n}`);
    this.room(8);
    this.buf.writeInt32BE(4, this.at);
    this.buf.writeInt32BE(n, this.at + 4);
    this.at += 8;
    return this;
  }

  int8(n: number): this {
    if (!Number.isSafeInteger(n)) throw new NotBinary(`int8 ${n}`);
    this.room(12);
    this.buf.writeInt32BE(8, this.at);
    const hi = Math.floor(n / TWO_32);
    this.buf.writeInt32BE(hi, this.at + 4);
    this.buf.writeUInt32BE(n - hi * TWO_32, this.at + 8);
    this.at += 12;
    return this;
  }

  text(s: string): this {
    const n = s.length;
    this.room(4 + n * 3);
    const start = this.at + 4;
    let i = 0;
    // ASCII byte by byte (short keys and names), the rest through the UTF-8 encoder.
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) break;
      this.buf[start + i] = c;
    }
    const bytes = i === n ? n : i + this.buf.write(s.slice(i), start + i, 'utf8');
    this.buf.writeInt32BE(bytes, this.at);
    this.at = start + bytes;
    return this;
  }

  uuid(s: string): this {
    if (s.length !== 36) throw new NotBinary(`uuid ${s}`);
    this.room(20);
    this.buf.writeInt32BE(16, this.at);
    let o = this.at + 4;
    for (let i = 0; i < 36; i += 2) {
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        if (s.charCodeAt(i) !== 45) throw new NotBinary(`uuid ${s}`);
        i--;
        continue;
      }
      const hi = HEX[s.charCodeAt(i)] ?? -1;
      const lo = HEX[s.charCodeAt(i + 1)] ?? -1;
      if (hi < 0 || lo < 0) throw new NotBinary(`uuid ${s}`);
      this.buf[o++] = (hi << 4) | lo;
    }
    this.at += 20;
    return this;
  }

  /** An instant as `toISOString` writes it, as microseconds since 2000 (timestamptz's binary form). */
  timestamptz(iso: string): this {
    // The day part through the memo (days repeat), the time of day by its digits.
    const days = iso.length === 24 && iso.charCodeAt(10) === 84 && iso.charCodeAt(23) === 90 ? dayNumber(iso.slice(0, 10)) : Number.NaN;
    const h = digits(iso, 11, 2);
    const m = digits(iso, 14, 2);
    const s = digits(iso, 17, 2);
    const ms = digits(iso, 20, 3);
    const separators = iso.charCodeAt(13) === 58 && iso.charCodeAt(16) === 58 && iso.charCodeAt(19) === 46;
    if (!separators || !(h <= 23 && m <= 59 && s <= 59 && ms >= 0) || Number.isNaN(days)) throw new NotBinary(`timestamptz ${iso}`);
    return this.int8((days * 86_400_000 + h * 3_600_000 + m * 60_000 + s * 1000 + ms) * 1000);
  }

  /** A `YYYY-MM-DD` day as days since 2000-01-01 (date's binary form). */
  date(day: string): this {
    const n = dayNumber(day);
    if (Number.isNaN(n)) throw new NotBinary(`date ${day}`);
    this.room(8);
    this.buf.writeInt32BE(4, this.at);
    this.buf.writeInt32BE(n, this.at + 4);
    this.at += 8;
    return this;
  }

  /** The bytes so far, and an empty buffer for the next ones. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(this.buf.length);
    this.at = 0;
    return out;
  }
}
