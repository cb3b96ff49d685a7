import { createTransport } from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { devEmail } from './dev-email';
import { EmailError } from './email-port';
import { smtpEmail } from './smtp-email';

describe('the email adapters', () => {
  it('SMTP: hands nodemailer the From, To, subject, text and HTML', async () => {
    const sent: string[] = [];
    const transport = createTransport({ jsonTransport: true });
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: Parameters<typeof original>[0]) => {
      const info = await original(mail);
      sent.push(String((info as { message: string }).message));
      return info;
    }) as typeof transport.sendMail;
    await smtpEmail({ url: 'smtp://unused', from: 'HealthPay <no-reply@healthpay.eg>', transport }).send({
      to: 'a@example.eg', subject: 'Hello', text: 'plain', html: '<p>html</p>',
    });
    expect(JSON.parse(sent[0] ?? '{}')).toMatchObject({
      from: { address: 'no-reply@healthpay.eg', name: 'HealthPay' }, to: [{ address: 'a@example.eg' }], subject: 'Hello', text: 'plain', html: '<p>html</p>',
    });
  });

  it('SMTP: a refusal is an EmailError naming only the response code (the server may echo the link)', async () => {
    const transport = createTransport({ jsonTransport: true });
    transport.sendMail = (() => Promise.reject(Object.assign(new Error('550 rejected https://x/invite/secret'), { responseCode: 550 }))) as unknown as typeof transport.sendMail;
    const send = smtpEmail({ url: 'smtp://unused', from: 'x@y.eg', transport }).send({ to: 'a@example.eg', subject: 's', text: 't' });
    await expect(send).rejects.toThrow(EmailError);
    await expect(smtpEmail({ url: 'smtp://unused', from: 'x@y.eg', transport }).send({ to: 'a@example.eg', subject: 's', text: 't' })).rejects.toThrow(/^SMTP refused or unreachable \(550\)$/);
  });

  it('the development adapter cannot be made in production', () => {
    expect(() => devEmail({} as never, 'production')).toThrow(/not available in production/);
  });
});
