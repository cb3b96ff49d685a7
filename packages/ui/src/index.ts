export { cn } from './cn';
export { personName, type PersonNames } from './person-name';
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
export { LiveUpdates } from './live-updates';
export { Card } from './components/card';
export { TableCard, type TableColumn } from './components/table-card';
export { Button, Spinner, type ButtonProps } from './components/button';
export { Money } from './components/money';
export {
  SETTLEMENT_STATUSES, SettlementStatusBadge, StatementLines, saveBase64File, settlementStatusTone, statementLabelsOf, type SettlementStatus,
  type StatementLabels,
} from './components/settlement-statement';
export { StatementDownloads } from './components/statement-downloads';
export { ClaimBreakdown, englishBreakdownLabels, type AdjudicatedClaim, type ClaimBreakdownLabels } from './components/claim-breakdown';
export {
  DOCUMENT_ACCEPT, DocumentUploadError, MAX_CLAIM_DOCUMENTS, MAX_UPLOAD_BYTES, documentHref, documentKind, formatFileSize, uploadDocument, type UploadedDocument,
} from './components/documents/upload-document';
export { DocumentLinks, type ClaimDocument } from './components/documents/document-links';
export { DocumentUploadField, type DocumentUploadLabels } from './components/documents/document-upload-field';
export { Toaster, toast } from './components/toaster';
export { inputKinds, SelectField, TextAreaField, TextField } from './components/field';
export { ClaimReversalSummary, type ClaimReversalSummaryText, type ClaimReversalView } from './components/claim-reversal-summary';
export { CLAIM_REVERSAL_REASONS, ReverseClaimForm, type ClaimReversalReasonCode, type ReverseClaimText } from './components/reverse-claim-form';
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
export { PasswordSignInForm, type PasswordSignInText } from './components/password-sign-in-form';
export { AcceptInvitation, type AcceptInvitationKey } from './components/accept-invitation';
export { LocaleSwitch } from './components/locale-switch';
export { DEFAULT_PORTAL_LOCALE, directionOf, LOCALE_COOKIE, loadNamespaces, PORTAL_LOCALES, portalLocaleOf, type PortalLocale } from './i18n/portal-locale';
export * from './staff';
export { DataTable, PersonCell, type DataColumn } from './lists/data-table';
export { LoadingBars, LoadingBlock, LoadMore, nextCursor, PagedList, RetryNotice, rowsOf, type PagedListText, type PagedQuery } from './lists/paged-list';
export { ChoiceField, choiceOf, UrlFilterForm } from './lists/filter-form';
export { bdi, settlementErrorText, type SettlementTranslator } from './settlements/settlement-text';
export { StatementView, type SettlementStatement } from './settlements/statement-view';
export { StatementsList, type LinkComponent } from './settlements/statements-list';
export { chooseLocale } from './portal/choose-locale';
export { RememberLocale } from './portal/remember-locale';
export { localeCookie } from './portal/locale-cookie';
export { PORTAL_TONES, PortalBrand, PortalHeader, type PortalLink, type PortalTone } from './portal/portal-header';
export { PortalPublicPage, PortalSignInPage, signInRoute } from './portal/sign-in-page';
export { SIGN_IN_ERROR_KEYS, signInTextFrom } from './portal/sign-in-text';
export { errorTextOf, type Translate } from './lists/error-text';
export { INVITATION_STATUSES, InvitationsTable, type InvitationStatus } from './lists/invitations-table';
export { ReasonConfirm, type ReasonConfirmText } from './lists/reason-confirm';
export { ConfirmActions, FormActions, SubmitRow, type ConfirmAction } from './lists/confirm-actions';
export { PageHeading } from './lists/page-heading';
export { Breadcrumb } from './lists/breadcrumb';
export { Figure } from './lists/figure';
export { PortalNav, type PortalNavItem } from './portal/portal-nav';
export { PortalDocument, portalTitle } from './portal/portal-document';
export * from './display';
export { useCommandForm, type CommandFormConfig, type FormCommandOptions } from './forms/use-command-form';
export { useFieldErrors, type FieldErrors } from './forms/use-field-errors';
export { otpTextFrom, useOtpFlow, type OtpFlow, type OtpStep, type OtpText } from './forms/use-otp-flow';
export { CodeStep, FormAlert, PhoneStep } from './forms/otp-steps';
export { portalRequestConfig } from './portal/request-config';
export { portalRoot, type PortalServer } from './portal/portal-root';
export { signedInPages, type PageProps, type SignedInPage } from './portal/signed-in-page';
export { pageTitles } from './portal/page-title';
export { INVITATION_METADATA, invitationRoute } from './portal/invitation-route';
export { PortalNotFound } from './portal/not-found-page';
export { FormPage } from './portal/form-page';
export { useSearchDraft } from './forms/use-search-draft';
export { breakdownLabelsOf } from './components/claim-breakdown';
export { useReverseClaim } from './forms/use-reverse-claim';
