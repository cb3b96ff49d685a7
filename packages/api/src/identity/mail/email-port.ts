/** One email. `link` is the action it carries (an invitation link), so the dev adapter can print it. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  link?: string;
}

/** Where emails go. Adapters: dev-email.ts (log + email_outbox), smtp-email.ts (nodemailer over SMTP). */
export interface EmailSender {
  readonly name: 'dev' | 'smtp' | 'off';
  /** Rejects with an EmailError when the message was not accepted. */
  send(message: EmailMessage): Promise<void>;
}

export class EmailError extends Error {
  override readonly name = 'EmailError';
}

/** Email switched off (EMAIL_TRANSPORT=off). */
export const noEmail: EmailSender = {
  name: 'off',
  send: () => Promise.reject(new EmailError('Email is not configured (EMAIL_TRANSPORT=off)')),
};
