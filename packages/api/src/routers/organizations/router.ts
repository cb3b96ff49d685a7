import { router } from '../../trpc';
import { createOrganization } from './create-organization';
import { issueOrganizationTokenProcedure } from './issue-organization-token';
import { listOrganizations } from './list-organizations';

export const organizationsRouter = router({ create: createOrganization, list: listOrganizations, issueToken: issueOrganizationTokenProcedure });
