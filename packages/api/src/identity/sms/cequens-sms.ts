import { SmsError, type SmsSender } from './sms-port';

export interface CequensOptions {
  apiKey: string;
  /** Cequens' send endpoint (https://apis.cequens.com/sms/v1/messages). */
  url: string;
  senderName: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Cequens SMS API: POST JSON with the API key as a bearer token. Recipients are international digits
 * without `+`. Any non-2xx answer is an SmsError carrying the status only (the body may echo the message,
 * which holds a one-time code, so it is never logged).
 */
export function cequensSms(opts: CequensOptions): SmsSender {
  const doFetch = opts.fetch ?? fetch;
  return {
    name: 'cequens',
    async send(phone, body) {
      let res: Response;
      try {
        res = await doFetch(opts.url, {
          method: 'POST',
          headers: { authorization: `Bearer ${opts.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            senderName: opts.senderName,
            messageType: 'text',
            messageText: body,
            recipients: phone.replace(/^\+/, ''),
          }),
          signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
      } catch (error) {
        throw new SmsError(`Cequens unreachable: ${error instanceof Error ? error.name : 'error'}`);
      }
      await res.body?.cancel();
      if (!res.ok) throw new SmsError(`Cequens refused the message (HTTP ${res.status})`);
    },
  };
}
