'use client';

import { InvitationsTable } from './invitations-table';
import { InviteForm, type InvitePrefill } from './invite-form';
import { PeopleTable } from './people-table';

/** The /staff screen: superadmins get everything; support invites pharmacists and follows their invitations. */
export function StaffConsole({ me, superadmin, prefill }: { me: string; superadmin: boolean; prefill?: InvitePrefill }) {
  return (
    <div className="space-y-6">
      <InviteForm canInviteStaff={superadmin} prefill={prefill} />
      {superadmin ? <InvitationsTable kind="staff" /> : null}
      <InvitationsTable kind="pharmacists" pharmacyId={prefill?.pharmacyId} />
      {superadmin ? <PeopleTable me={me} /> : null}
    </div>
  );
}
