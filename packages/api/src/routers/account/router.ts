import { router } from '../../trpc';
import { confirmTotpEnrollment, disableTotpSignIn } from './confirm-totp';
import { endMySessions } from './end-my-sessions';
import { setMyLocale } from './set-locale';
import { startTotpEnrollment } from './start-totp';
import { getTotpStatus } from './totp-status';

export const accountRouter = router({
  totpStatus: getTotpStatus,
  startTotp: startTotpEnrollment,
  confirmTotp: confirmTotpEnrollment,
  disableTotp: disableTotpSignIn,
  endSessions: endMySessions,
  setLocale: setMyLocale,
});
