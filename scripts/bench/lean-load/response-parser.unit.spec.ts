import { describe, expect, it } from 'vitest';
import { ResponseParser } from './response-parser';

const answersOf = (stream: string, split: (b: Buffer) => Buffer[] = (b) => [b]) => {
  const answers: [number, boolean][] = [];
  const parser = new ResponseParser((status, close) => answers.push([status, close]));
  for (const piece of split(Buffer.from(stream, 'latin1'))) parser.feed(piece);
  return { answers, parser };
};
const byteByByte = (b: Buffer) => Array.from(b, (_, i) => b.subarray(i, i + 1));

const lengthAnswer = (status: number, body: string, extra = '') => `HTTP/1.1 ${status} X\r\nContent-Type: text/plain\r\n${extra}Content-Length: ${body.length}\r\n\r\n${body}`;
const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nA;ext=1\r\n0123456789\r\n0\r\nX-Trailer: yes\r\n\r\n';
const stream = [lengthAnswer(200, '{"ok":true}'), chunked, lengthAnswer(404, 'HTTP/1.1 200 OK\r\n\r\n'), 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n', lengthAnswer(500, '')].join('');
const expected: [number, boolean][] = [[200, false], [200, false], [404, false], [204, false], [500, false]];

describe('ResponseParser', () => {
  it('reads several answers in one chunk: Content-Length, chunked with extensions and trailers, 204', () => {
    expect(answersOf(stream).answers).toEqual(expected);
  });

  it('reads the same stream fed one byte at a time, and at every two-way split', () => {
    expect(answersOf(stream, byteByByte).answers).toEqual(expected);
    for (let i = 1; i < stream.length; i++) {
      const { answers, parser } = answersOf(stream, (b) => [b.subarray(0, i), b.subarray(i)]);
      expect(answers, `split at ${i}`).toEqual(expected);
      expect(parser.partial).toBe(false);
    }
  });

  it('counts a body by its length, not by what it looks like (an answer inside a body is body)', () => {
    expect(answersOf(lengthAnswer(200, 'HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n')).answers).toEqual([[200, false]]);
  });

  it('knows Connection: close in any case, and HTTP/1.0 without keep-alive', () => {
    expect(answersOf(lengthAnswer(200, 'a', 'CONNECTION: Close\r\n')).answers).toEqual([[200, true]]);
    expect(answersOf('HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\na').answers).toEqual([[200, true]]);
    expect(answersOf('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\na').answers).toEqual([[200, false]]);
  });

  it('does not take a header value for a header name', () => {
    expect(answersOf(lengthAnswer(200, 'ab', 'X-Note: connection: close\r\n')).answers).toEqual([[200, false]]);
  });

  it('skips 1xx answers and reads the final one', () => {
    expect(answersOf(`HTTP/1.1 100 Continue\r\n\r\n${lengthAnswer(201, 'x')}`).answers).toEqual([[201, false]]);
  });

  it('waits for the end of the stream when an answer has neither length nor chunks', () => {
    const { answers, parser } = answersOf('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end');
    expect(answers).toEqual([]);
    expect(parser.partial).toBe(true);
    expect(parser.end()).toBe(true);
    expect(answers).toEqual([[200, true]]);
  });

  it('is mid-answer while a body is incomplete, and the end of the stream then completes nothing', () => {
    const { answers, parser } = answersOf(lengthAnswer(200, 'abcdef').slice(0, -2));
    expect(answers).toEqual([]);
    expect(parser.partial).toBe(true);
    expect(parser.end()).toBe(false);
  });

  it('throws on bytes that are no HTTP answer, a bad chunk size or a bad length', () => {
    expect(() => answersOf('SSH-2.0-OpenSSH\r\n\r\n')).toThrow(/status line/);
    expect(() => answersOf('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')).toThrow(/chunk size/);
    expect(() => answersOf('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY')).toThrow(/CRLF/);
    expect(() => answersOf('HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n')).toThrow(/content-length/);
  });
});
