import { createTransport, type Transporter } from 'nodemailer';
import { EmailError, type EmailSender } from './email-port';

export interface SmtpOptions {
  /** `smtp://` or `smtps://user:pass@host:port`. */
  url: string;
  /** The From header, e.g. `HealthPay <no-reply@healthpay.eg>`. */
  from: string;
  /** A ready transport (tests); default: nodemailer's SMTP transport for `url`. */
  transport?: Transporter;
}

/**
 * Production email over SMTP with nodemailer. A refusal becomes an EmailError naming only the SMTP response
 * code: the server's text may echo the message, which holds a single-use link, so it is never logged.
 */
export function smtpEmail(opts: SmtpOptions): EmailSender {
  const transport = opts.transport ?? createTransport({ url: opts.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    name: 'smtp',
    async send(m) {
      try {
        await transport.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text, ...(m.html ? { html: m.html } : {}) });
      } catch (error) {
        const code = (error as { responseCode?: number; code?: string }).responseCode ?? (error as { code?: string }).code ?? 'error';
        throw new EmailError(`SMTP refused or unreachable (${String(code)})`);
      }
    },
  };
}
