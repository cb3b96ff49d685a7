import { router } from '../../trpc';
import { issueToken } from './issue-token';
import { listPharmacists } from './list-pharmacists';
import { listTokens } from './list-tokens';
import { revokeToken } from './revoke-token';

export const tokensRouter = router({
  issue: issueToken,
  list: listTokens,
  pharmacists: listPharmacists,
  revoke: revokeToken,
});
