import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { appRouter, createCaller, type AppRouter } from './root';
export { createContext, type Context } from './context';
export { createServices, defaultServices, type Services } from './services/services';
export { trpcFetchHandler } from './http/fetch-handler';
export { restV1Handler } from './rest/v1/handler';
export { openApiDocument, accessOf } from './rest/v1/openapi';
export { restRoutes } from './rest/v1/routes';
export { healthHandler, livenessHandler, readinessHandler } from './health/health-handlers';
export { checkHealth, type HealthReport } from './health/health';
export { DEV_USER_HEADER, type Portal } from './auth/dev-actor';
export type { Actor } from './auth/actor';
export { staffMay } from './auth/roles';
export { AppError, toAppError } from './errors/app-error';
export { errorMappings, appErrorCodes, type AppErrorCode } from './errors/error-codes';
export { egyptianMobile } from './routers/wallet/transfer';
export { identityService, type IdentityService, type OtpRequestResult, type OtpSignInResult } from './identity/identity-service';
export type { LoginResult } from './identity/password-login';
export { setPassword } from './identity/password-login';
export { DEMO_PASSWORD, seedDemoCredentials } from './identity/demo-credentials';
export { requestInfoOf, type RequestInfo } from './identity/audit';
export { devOutbox } from './identity/sms/dev-sms';
export type { SmsSender } from './identity/sms/sms-port';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { reconcilePending, reconcileDay, type PendingSweep } from './payments/reconcile';
