import { parseAmount } from '@healthpay/ui';
import { z } from 'zod';

/** The API's bounds for one top-up (`payments.topUp`): 10 EGP to 50,000 EGP, in piasters. */
export const TOP_UP_MIN = 1_000;
export const TOP_UP_MAX = 5_000_000;

/** One-tap amounts, in piasters: 100, 200, 500 and 1,000 EGP. */
export const TOP_UP_PRESETS = [10_000, 20_000, 50_000, 100_000] as const;

/** Why an amount was refused: a key under `topUp.invalid` (the form translates it). */
export type AmountProblem = 'empty' | 'invalid' | 'too_many_decimals' | 'not_positive' | 'too_large' | 'tooSmall' | 'tooBig';

/**
 * The top-up form: the amount as typed (EGP, up to two decimals, Arabic digits fine) becomes whole piasters by
 * string arithmetic (`parseAmount`), never through a float; the bounds are the procedure's.
 */
export const topUpForm = z.object({
  provider: z.enum(['paymob', 'fawry'], { error: 'provider' }),
  amount: z.string().transform((typed, ctx): number => {
    const parsed = parseAmount(typed);
    const problem: AmountProblem | null = !parsed.ok
      ? parsed.error
      : parsed.piasters < TOP_UP_MIN
        ? 'tooSmall'
        : parsed.piasters > TOP_UP_MAX
          ? 'tooBig'
          : null;
    if (problem || !parsed.ok) {
      ctx.addIssue({ code: 'custom', message: problem ?? 'invalid' });
      return z.NEVER;
    }
    return parsed.piasters;
  }),
});

export type TopUpFormInput = z.input<typeof topUpForm>;
export type TopUpFormOutput = z.output<typeof topUpForm>;
