import { router } from '../../trpc';
import { enrollBulk } from './enroll-bulk';
import { enrollMember } from './enroll-member';
import { getMember } from './get-member';
import { listMembers } from './list-members';

export const membersRouter = router({ enroll: enrollMember, bulk: enrollBulk, get: getMember, list: listMembers });
