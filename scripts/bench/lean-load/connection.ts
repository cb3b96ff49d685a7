import net from 'node:net';
import { ResponseParser } from './response-parser';

const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/** What a connection reports to its run. */
export interface ConnectionSink {
  /** The next request's bytes, or null when the run sends no more. */
  next(): Buffer | null;
  answered(status: number, ms: number): void;
  /** A request that got no (complete) answer (a socket error, the stream ended mid-answer, a timeout), or a socket failing idle. */
  failed(reason: string, inFlight: boolean): void;
}

/**
 * One keep-alive connection with one request in flight at a time (no pipelining, like autocannon and a browser):
 * send, read the whole answer, send the next. An answer with `Connection: close`, an error or an end of stream opens
 * a new socket; a request in flight then counts as failed.
 */
export class Connection {
  private socket: net.Socket | null = null;
  /** performance.now() when the request in flight was sent; 0 when none is. */
  sentAt = 0;
  private stopped = false;

  constructor(private readonly host: string, private readonly port: number, private readonly sink: ConnectionSink) {}

  start(): void {
    this.open();
    this.send();
  }

  /** Ends the connection; a request still in flight is dropped, neither answered nor failed (as autocannon does). */
  stop(): void {
    this.stopped = true;
    this.sentAt = 0;
    this.socket?.destroy();
    this.socket = null;
  }

  /** The request in flight got no answer in time: counted as failed, the socket replaced. */
  timeOut(): void {
    this.fail('timeout');
  }

  private open(): void {
    const parser = new ResponseParser((status, close) => {
      if (socket === this.socket) this.answer(status, close);
    });
    // Reads land in one buffer shared by every connection (no Buffer, no 'data' event per read): the parser reads
    // each chunk before the next read and copies the little it keeps.
    const onread = { buffer: READ_BUFFER, callback: (bytes: number, buffer: Uint8Array): boolean => {
      if (socket !== this.socket) return false;
      try {
        parser.feed(Buffer.from(buffer.buffer, buffer.byteOffset, bytes));
      } catch (error) {
        this.fail(`bad answer: ${(error as Error).message}`);
      }
      return true;
    } };
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true, onread });
    this.socket = socket;
    socket.on('error', (error) => {
      if (socket === this.socket) this.fail(error.message);
    });
    socket.on('close', () => {
      if (socket !== this.socket) return;
      // A body that runs to the end of the stream ends here; anything else in flight got no answer.
      if (parser.end()) return;
      if (this.sentAt !== 0 || parser.partial) this.fail('connection closed before the answer ended');
      else {
        this.reopen();
        this.send();
      }
    });
  }

  private answer(status: number, close: boolean): void {
    if (this.sentAt === 0) return this.fail('an answer to no request');
    const ms = performance.now() - this.sentAt;
    this.sentAt = 0;
    this.sink.answered(status, ms);
    if (close) this.reopen();
    this.send();
  }

  private send(): void {
    if (this.stopped || this.sentAt !== 0) return;
    const bytes = this.sink.next();
    if (bytes === null) return;
    this.sentAt = performance.now();
    this.socket?.write(bytes);
  }

  private fail(reason: string): void {
    if (this.stopped) return;
    const inFlight = this.sentAt !== 0;
    this.sentAt = 0;
    this.reopen();
    this.sink.failed(reason, inFlight);
    this.send();
  }

  private reopen(): void {
    this.socket?.destroy();
    this.socket = null;
    if (!this.stopped) this.open();
  }
}
