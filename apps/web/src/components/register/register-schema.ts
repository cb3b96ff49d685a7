import { nameArSchema, nameEnSchema, TERMS_VERSION } from '@healthpay/api/registration';
import { parseNationalId } from '@healthpay/domain';
import { z } from 'zod';

export { TERMS_VERSION };

/** Birth date and gender read from a national ID (the server's rules), or null while it is not valid. */
export function nationalIdFacts(input: string, now = new Date()) {
  try {
    const parsed = parseNationalId(input, now.toISOString());
    return { nationalId: parsed.nationalId, birthDate: parsed.birthDate, gender: parsed.gender };
  } catch {
    return null;
  }
}

/** The details step: the procedure's own name rules; messages are keys of `register.*`. */
export const detailsForm = z.object({
  nameAr: z.string().refine((v) => nameArSchema.safeParse(v).success, { message: 'invalidNameAr' }),
  nameEn: z.string().refine((v) => nameEnSchema.safeParse(v).success, { message: 'invalidNameEn' }),
  nationalId: z.string().refine((v) => nationalIdFacts(v) !== null, { message: 'invalidNationalId' }),
  consent: z.boolean().refine((v) => v, { message: 'consentRequired' }),
});
export type DetailsFormInput = z.input<typeof detailsForm>;
export type DetailsFormOutput = z.output<typeof detailsForm>;
