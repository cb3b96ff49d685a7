/** Where text messages go. Adapters: dev-sms.ts (log + sms_outbox), cequens-sms.ts (Cequens' API). */
export interface SmsSender {
  readonly name: 'dev' | 'cequens' | 'off';
  /** `phone` is E.164 (+201…). Rejects when the message was not accepted. */
  send(phone: string, body: string): Promise<void>;
}

export class SmsError extends Error {
  override readonly name = 'SmsError';
}

/** SMS sign-in switched off (HP_SMS=off). */
export const noSms: SmsSender = {
  name: 'off',
  send: () => Promise.reject(new SmsError('SMS is not configured (HP_SMS=off)')),
};
