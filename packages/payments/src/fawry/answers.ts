import { z } from 'zod';
import { ProviderProtocolError, ProviderRejectedError } from '../errors';
import type { ProviderAnswer } from '../http';

/** Every Fawry answer carries its own statusCode; 200 is the only success. */
export const FAWRY_OK = 200;
/** statusCode of get payment status when the merchantRefNumber is unknown ("payment not found"). */
export const FAWRY_NOT_FOUND = 9938;

const code = z.union([z.number(), z.string()]).transform(Number);
const text = z.union([z.string(), z.number().transform(String)]);

export const fawryBaseAnswer = z.object({ statusCode: code, statusDescription: z.string().nullish() }).loose();

export const chargeAnswer = z
  .object({
    referenceNumber: text,
    orderStatus: z.string().nullish(),
    paymentStatus: z.string().nullish(),
    expirationTime: z.number().nullish(),
  })
  .loose();

/** V1 named the status paymentStatus and the reference referenceNumber; V2 answers orderStatus (and may say fawryRefNumber). */
export const statusAnswer = z
  .object({
    referenceNumber: text.nullish(),
    fawryRefNumber: text.nullish(),
    orderStatus: z.string().nullish(),
    paymentStatus: z.string().nullish(),
    paymentAmount: z.union([z.number(), z.string()]).nullish(),
    orderAmount: z.union([z.number(), z.string()]).nullish(),
    paymentMethod: z.string().nullish(),
    expirationTime: z.number().nullish(),
  })
  .loose();

export function parseFawry<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ProviderProtocolError('fawry', `${what}: ${parsed.error.message}`, body);
  return parsed.data;
}

/** HTTP-level refusal (4xx) → ProviderRejectedError; otherwise Fawry's own statusCode from the body. */
export function fawryStatusCode(a: ProviderAnswer, what: string): number {
  if (a.status < 200 || a.status >= 300) throw new ProviderRejectedError('fawry', a.status, a.body);
  return parseFawry(fawryBaseAnswer, a.body, what).statusCode;
}
