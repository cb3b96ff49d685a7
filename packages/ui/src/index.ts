export { cn } from './cn';
export { toAsciiDigits } from './numerals';
export { formatMoney, formatNumber, parseAmount, parseMoney, piastersToDecimal, type Locale, type MoneyParseError, type MoneyParseResult } from './money';
export { formatEgyptianMobile, normalizeEgyptianMobile } from './phone';
export {
  clientErrorCodes,
  englishErrorMessages,
  englishMessageFor,
  errorInfo,
  isClientError,
  isUnauthenticated,
  type ClientErrorCode,
  type ErrorInfo,
  type FieldError,
} from './errors';
export { newUuid, withIdempotencyKey } from './idempotency';
export { useSubmissionKey } from './use-submission-key';
export { TrpcProvider, useTRPC, useTRPCClient } from './trpc';
export { Card } from './components/card';
export { TableCard, type TableColumn } from './components/table-card';
export { Button, Spinner, type ButtonProps } from './components/button';
export { Money } from './components/money';
export { ClaimBreakdown, englishBreakdownLabels, type AdjudicatedClaim, type ClaimBreakdownLabels } from './components/claim-breakdown';
export { Toaster, toast } from './components/toaster';
export { SelectField, TextAreaField, TextField } from './components/field';
export { Badge, walletStatusTone, type BadgeTone } from './components/badge';
export { EmptyState, Notice } from './components/notice';
export { useWalletRefresh } from './wallet-refresh';
export { addDaysTo, cairoDayOf, cairoEndOfDay, formatDate, formatDateTime, formatDay, formatMonth, TIME_ZONE } from './dates';
export {
  capitalize,
  claimRejectionText,
  lineRejectionText,
  rejectedLines,
  claimStatusTone,
  insuranceStatusTone,
  medcardStatusTone,
  refillBlockedDrugs,
  relationshipLabel,
  type ClaimRejection,
} from './medcard';
export { useMedCardRefresh } from './medcard-refresh';
export { groupReference, isSettledPaymentStatus, paymentStatusTone, type PaymentStatus } from './payments';
export { credentialsSignIn, minutesFrom, signOutTo, type SignInOutcome } from './auth/credentials';
export { SignOutButton } from './components/sign-out-button';
export { PasswordSignInForm } from './components/password-sign-in-form';
export { AcceptInvitation, type AcceptInvitationKey } from './components/accept-invitation';
export { LocaleSwitch } from './components/locale-switch';
export { DEFAULT_PORTAL_LOCALE, directionOf, LOCALE_COOKIE, loadNamespaces, PORTAL_LOCALES, portalLocaleOf, type PortalLocale } from './i18n/portal-locale';
