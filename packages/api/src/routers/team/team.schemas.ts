import { z } from 'zod';
import { personView } from '../staff/staff.schemas';

export const teamListOutput = z.object({ items: z.array(personView) });
export const removeMemberInput = z.strictObject({
  userId: z.string().trim().min(1).max(100),
  reason: z.string().trim().min(3, 'Say why (at least 3 characters)').max(500),
});
export type RemoveMemberInput = z.input<typeof removeMemberInput>;
