import { z } from 'zod';

const required = z.string({ error: (i) => (i.input === undefined ? 'This field is required.' : 'Not a valid string.') }).min(1, 'This field may not be blank.');
const httpUrl = z.url({ protocol: /^https?$/, error: 'Enter a valid URL.' });

export const intentionRequest = z.object({
  amount: z.number({ error: 'A valid integer is required.' }).int('A valid integer is required.').positive('Ensure this value is greater than 0.'),
  currency: z.literal('EGP', { error: 'Currency must be EGP for this integration.' }),
  payment_methods: z.array(z.union([z.number().int(), z.string().min(1)])).min(1, 'This list may not be empty.'),
  items: z
    .array(
      z.object({
        name: required,
        amount: z.number({ error: 'This field is required.' }).int().min(0),
        description: z.string().optional(),
        quantity: z.number().int().positive().default(1),
      }),
    )
    .default([]),
  billing_data: z.looseObject({ first_name: required, last_name: required, phone_number: required, email: z.email({ error: 'Enter a valid email address.' }) }),
  customer: z.looseObject({}).optional(),
  special_reference: z.string().min(1).max(255).optional(),
  notification_url: httpUrl.optional(),
  redirection_url: httpUrl.optional(),
  expiration: z.number().int().positive().optional(),
  extras: z.record(z.string(), z.unknown()).optional(),
});

export type IntentionRequest = z.infer<typeof intentionRequest>;

/** Zod issues as Django REST framework's nested `{ field: { sub: ["message"] } }` error body. */
export function drfErrors(issues: readonly z.core.$ZodIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.path.filter((p) => typeof p === 'string');
    if (path.length === 0) {
      out.non_field_errors = [...((out.non_field_errors as string[] | undefined) ?? []), issue.message];
      continue;
    }
    let node = out;
    path.slice(0, -1).forEach((key) => {
      node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
      node = node[key] as Record<string, unknown>;
    });
    const leaf = path[path.length - 1] as string;
    node[leaf] = [...((node[leaf] as string[] | undefined) ?? []), issue.message];
  }
  return out;
}
