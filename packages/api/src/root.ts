import { accountRouter } from './routers/account/router';
import { analyticsRouter } from './routers/analytics/router';
import { auditRouter } from './routers/audit/router';
import { systemRouter } from './routers/system/router';
import { authRouter } from './routers/auth/router';
import { beneficiariesRouter } from './routers/beneficiaries/router';
import { claimsRouter } from './routers/claims/router';
import { copayRouter } from './routers/copay/router';
import { insuranceRouter } from './routers/insurance/router';
import { insurerInvoicesRouter } from './routers/insurer-invoices/router';
import { ledgerRouter } from './routers/ledger/router';
import { medcardRouter } from './routers/medcard/router';
import { membersRouter } from './routers/members/router';
import { organizationsRouter } from './routers/organizations/router';
import { patientsRouter } from './routers/patients/router';
import { registrationRouter } from './routers/registration/router';
import { paymentsRouter } from './routers/payments/router';
import { pharmaciesRouter } from './routers/pharmacies/router';
import { sessionRouter } from './routers/session/router';
import { settlementsRouter } from './routers/settlements/router';
import { tokensRouter } from './routers/tokens/router';
import { invitationsRouter } from './routers/invitations/router';
import { liveRouter } from './routers/live/router';
import { staffRouter } from './routers/staff/router';
import { teamRouter } from './routers/team/router';
import { usersRouter } from './routers/users/router';
import { walletRouter } from './routers/wallet/router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  registration: registrationRouter,
  session: sessionRouter,
  account: accountRouter,
  patients: patientsRouter,
  users: usersRouter,
  wallet: walletRouter,
  payments: paymentsRouter,
  pharmacies: pharmaciesRouter,
  medcard: medcardRouter,
  beneficiaries: beneficiariesRouter,
  claims: claimsRouter,
  copay: copayRouter,
  insurance: insuranceRouter,
  analytics: analyticsRouter,
  audit: auditRouter,
  system: systemRouter,
  tokens: tokensRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  staff: staffRouter,
  team: teamRouter,
  live: liveRouter,
  settlements: settlementsRouter,
  ledger: ledgerRouter,
  insurerInvoices: insurerInvoicesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
