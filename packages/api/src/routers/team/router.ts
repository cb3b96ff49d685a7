import { router } from '../../trpc';
import { listTeam } from './list-team';
import { removeMember } from './remove-member';

/** The pharmacy portal's team screen (pharmacy managers); invitations go through invitations.invitePharmacist. */
export const teamRouter = router({ list: listTeam, remove: removeMember });
