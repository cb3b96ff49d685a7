/**
 * The least an HTTP/1.1 client must read of a response stream to know where each answer ends: the status code, the
 * header block up to CRLFCRLF (only Content-Length, Transfer-Encoding and Connection are looked at), then the body by
 * Content-Length, by chunks (sizes, data, trailers), or up to the end of the stream. Bytes may arrive in any split:
 * an answer across many packets, several answers in one. Body bytes are counted, never copied; a partial header block,
 * chunk-size line or trailer is copied and kept until the rest arrives. 1xx answers are skipped (a final answer follows).
 */
export type OnAnswer = (status: number, close: boolean) => void;

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const enum State { Head, Length, ChunkSize, ChunkData, Trailers, UntilClose }
/** A header block this long without its end is no answer this client can read. */
const MAX_HEAD = 64 * 1024;

export class ResponseParser {
  private state = State.Head;
  private pending: Buffer | null = null;
  private remaining = 0;
  private status = 0;
  private close = false;

  constructor(private readonly onAnswer: OnAnswer) {}

  /** Reads a chunk of the stream; throws on bytes that are no HTTP/1.x response. */
  feed(chunk: Buffer): void {
    let buf = chunk;
    if (this.pending) {
      buf = Buffer.concat([this.pending, chunk]);
      this.pending = null;
    }
    let at = 0;
    while (at < buf.length) {
      switch (this.state) {
        case State.Head: {
          const end = buf.indexOf(HEAD_END, at);
          if (end < 0) return this.keep(buf, at);
          this.head(buf.toString('latin1', at, end + 2));
          at = end + 4;
          break;
        }
        case State.Length:
          at = this.countBody(buf, at);
          if (this.remaining === 0) this.done();
          break;
        case State.ChunkSize: {
          const end = buf.indexOf(CRLF, at);
          if (end < 0) return this.keep(buf, at);
          const size = buf.toString('latin1', at, end).split(';', 1)[0]!.trim();
          if (!/^[0-9a-fA-F]{1,12}$/.test(size)) throw new Error(`bad chunk size line: ${JSON.stringify(size)}`);
          this.remaining = parseInt(size, 16);
          // The data and the CRLF after it; the last chunk (0) is followed by trailers and an empty line.
          if (this.remaining === 0) this.state = State.Trailers;
          else {
            this.remaining += 2;
            this.state = State.ChunkData;
          }
          at = end + 2;
          break;
        }
        case State.ChunkData: {
          const from = at;
          at = this.countBody(buf, at);
          if (this.remaining === 0) {
            if (buf[at - 1] !== 10 || (at - from >= 2 && buf[at - 2] !== 13)) throw new Error('chunk data not followed by CRLF');
            this.state = State.ChunkSize;
          }
          break;
        }
        case State.Trailers: {
          const end = buf.indexOf(CRLF, at);
          if (end < 0) return this.keep(buf, at);
          // An empty line ends the answer; any other line is a trailer field.
          if (end === at) this.done();
          at = end + 2;
          break;
        }
        case State.UntilClose:
          return;
      }
    }
  }

  /** The stream ended: true when that completed an answer whose body runs to the end of the stream. */
  end(): boolean {
    if (this.state !== State.UntilClose) return false;
    this.state = State.Head;
    this.onAnswer(this.status, true);
    return true;
  }

  /** Mid-answer (some bytes of the next answer read, not all). */
  get partial(): boolean {
    return this.state !== State.Head || this.pending !== null;
  }

  /** Counts body bytes from `at` off `remaining`; where reading goes on. */
  private countBody(buf: Buffer, at: number): number {
    const take = Math.min(this.remaining, buf.length - at);
    this.remaining -= take;
    return at + take;
  }

  private keep(buf: Buffer, at: number): void {
    if (this.state === State.Head && buf.length - at > MAX_HEAD) throw new Error('header block too long');
    // A copy: the chunk may be a read buffer that the next read overwrites.
    this.pending = Buffer.from(buf.subarray(at));
  }

  private head(text: string): void {
    // "HTTP/1.1 200 OK\r\n": the version, then three digits.
    if (!text.startsWith('HTTP/1.') || text.charCodeAt(12) > 32) throw new Error(`not an HTTP/1.x status line: ${JSON.stringify(text.slice(0, 40))}`);
    const status = Number(text.slice(9, 12));
    if (!Number.isInteger(status) || status < 100) throw new Error(`bad status code in ${JSON.stringify(text.slice(0, 40))}`);
    if (status < 200) return; // 1xx: the final answer's header block follows.
    const lower = text.toLowerCase();
    const connection = headerValue(lower, 'connection');
    this.status = status;
    this.close = connection !== undefined ? tokens(connection).includes('close') : text.startsWith('HTTP/1.0');
    const encoding = headerValue(lower, 'transfer-encoding');
    const length = headerValue(lower, 'content-length');
    if (encoding !== undefined && tokens(encoding).at(-1) === 'chunked') this.state = State.ChunkSize;
    else if (status === 204 || status === 304) this.done();
    else if (length !== undefined) {
      if (!/^\d{1,15}$/.test(length)) throw new Error(`bad content-length: ${JSON.stringify(length)}`);
      this.remaining = Number(length);
      if (this.remaining === 0) this.done();
      else this.state = State.Length;
    } else this.state = State.UntilClose;
  }

  private done(): void {
    this.state = State.Head;
    this.onAnswer(this.status, this.close);
  }
}

/** A header's value in a lower-cased header block (each line after the status line starts after a CRLF). */
function headerValue(lower: string, name: string): string | undefined {
  const at = lower.indexOf(`\r\n${name}:`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return lower.slice(start, lower.indexOf('\r\n', start)).trim();
}

const tokens = (value: string) => value.split(',').map((t) => t.trim());
