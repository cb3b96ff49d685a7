import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cequensSms } from './cequens-sms';
import { SmsError } from './sms-port';

/** A stand-in for Cequens on 127.0.0.1: no real network in tests. */
describe('the Cequens SMS adapter', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const received: { method?: string; path?: string; headers: IncomingHttpHeaders; body: unknown }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        received.push({ method: req.method, path: req.url, headers: req.headers, body: JSON.parse(text) as unknown });
        res.writeHead(status, { 'content-type': 'application/json' }).end('{"replyCode":0}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/v1/messages`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('POSTs the message with the API key as a bearer token', async () => {
    await cequensSms({ apiKey: 'test-key', url, senderName: 'HealthPay' }).send('+201001234567', 'HealthPay: 123456');
    expect(received.at(-1)).toMatchObject({
      method: 'POST',
      path: '/sms/v1/messages',
      headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
      body: { senderName: 'HealthPay', messageType: 'text', messageText: 'HealthPay: 123456', recipients: '201001234567' },
    });
  });

  it('turns a refusal into an SmsError naming only the status', async () => {
    status = 401;
    const send = cequensSms({ apiKey: 'bad', url, senderName: 'HealthPay' }).send('+201001234567', 'HealthPay: 654321');
    await expect(send).rejects.toThrow(SmsError);
    await expect(cequensSms({ apiKey: 'bad', url, senderName: 'HealthPay' }).send('+201001234567', 'x')).rejects.toThrow(/HTTP 401/);
    status = 200;
  });

  it('reports an unreachable server as an SmsError', async () => {
    const send = cequensSms({ apiKey: 'k', url: 'http://127.0.0.1:1/none', senderName: 'HealthPay' }).send('+201001234567', 'x');
    await expect(send).rejects.toThrow(/unreachable/);
  });
});
