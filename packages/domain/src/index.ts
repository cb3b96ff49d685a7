// Public surface of @healthpay/domain. Pure: no I/O, no clock, no randomness.
export * from './shared/errors';
export * from './shared/money';
export * from './shared/money-text';
export * from './shared/command';
export { cairoDay, cairoMonth } from './shared/cairo-time';
export { isIsoInstant } from './shared/instant';

export * from './wallet/events';
export * from './wallet/commands';
export * from './wallet/state';
export type { ExistingWalletState, WalletStatus, CommandOf } from './wallet/types';
export { walletDecider } from './wallet/decider';
export { decideWallet } from './wallet/decide';
export { evolveWallet } from './wallet/evolve';
export { availableBalance, heldAmount, isHoldActive } from './wallet/available';
export { DEFAULT_DAILY_DEBIT_LIMIT, DEFAULT_MONTHLY_DEBIT_LIMIT, type DebitLimits } from './wallet/limits';
export { spentToday, spentThisMonth } from './wallet/spend';

export type { TransferFunds, TransferCommand, TransferDecision } from './transfer/commands';
export { decideTransfer } from './transfer/decide-transfer';

export { parseNationalId, type ParsedNationalId, type Gender, type NationalIdWarning, type NationalIdRejection } from './egypt/national-id';
export { checkEgyptianMobile, formatEgyptianMobile, normalizeEgyptianMobile, parseEgyptianMobile, type MobileRejection } from './egypt/mobile';
export { egyptianGovernorates, isGovernorateCode, type GovernorateCode } from './egypt/governorates';
export { toAsciiDigits, toAsciiNumerals } from './egypt/digits';

export * from './medcard/events';
export * from './medcard/commands';
export * from './medcard/state';
export * from './medcard/tiers';
export * from './medcard/beneficiary';
export * from './medcard/claim';
export * from './medcard/insurance';
export type { ExistingMedCardState, MedCardStatus, MedCardCommandOf } from './medcard/types';
export { medCardDecider } from './medcard/decider';
export { decideMedCard } from './medcard/decide';
export { evolveMedCard } from './medcard/evolve';
export { adjudicate } from './medcard/adjudicate';
export { previewPrescriptionClaim } from './medcard/preview-prescription';
export { copayOf } from './medcard/amounts';
export { normalizeClaim, DEFAULT_DAYS_SUPPLY, MAX_DAYS_SUPPLY, type InvalidLineReason } from './medcard/claim-validation';
export { MAX_PER_RELATIONSHIP, CHILD_AGE_LIMIT, MOBILE_REQUIRED_FROM_AGE } from './medcard/beneficiary-rules';
export { MAX_DOCUMENTS, MAX_DOCUMENT_BYTES, type InvalidDocumentsReason } from './medcard/insurance-guards';
export { findPrescriptionClaim, claimsWithPrescriptionId, remainingBenefit } from './medcard/queries';
export { prescriptionClaimKey } from './medcard/claim-key';
export { claimReversalReasons, type ClaimReversalReason, type ClaimReversedBy, type ClaimReversal } from './medcard/reversal';
export { decideClaimReversal, type ClaimReversalDecision } from './medcard/decide-reversal-with-wallet';
export { MAX_UNLINKED_INSURANCE_CLAIM, uncoveredOf } from './medcard/insurance-bounds';

export * from './document/events';
export * from './document/commands';
export * from './document/state';
export { documentDecider } from './document/decider';
export { decideDocument } from './document/decide';
export { evolveDocument } from './document/evolve';

export * from './payment/events';
export * from './payment/commands';
export * from './payment/state';
export * from './payment/types';
export { paymentDecider } from './payment/decider';
export { decidePayment } from './payment/decide';
export { evolvePayment } from './payment/evolve';
export { decidePaymentWithWallet } from './payment/decide-with-wallet';
export { refundable, refundedOrPending } from './payment/refunds';
export { walletReference, type PaymentSettlement } from './payment/settlement';
export { unmatchedStreamId, type UnmatchedNotificationEvent } from './payment/unmatched';

export { governorateNames, governorateCodes, isGovernorate, type Governorate } from './egypt/governorate-names';
export { parseEgyptianIban, ibanChecksumValid, compactIban, maskIban, type IbanRejection } from './egypt/iban';
export * from './pharmacy/events';
export * from './pharmacy/commands';
export * from './pharmacy/state';
export { pharmacyDecider } from './pharmacy/decider';
export { decidePharmacy, decidePharmacyRegistration } from './pharmacy/decide';
export { evolvePharmacy, evolvePharmacyLicence } from './pharmacy/evolve';
export {
  MAX_ADDRESS, MAX_CITY, MAX_PHARMACY_NAME, MAX_REASON, isCommercialRegistration, isLicenceNumber, normalizeCommercialRegistration, normalizeLicenceNumber,
} from './pharmacy/identifiers';

export * from './insurer-invoice/events';
export * from './insurer-invoice/commands';
export * from './insurer-invoice/state';
export { insurerInvoiceDecider } from './insurer-invoice/decider';
export { decideInsurerInvoice } from './insurer-invoice/decide';
export { evolveInsurerInvoice } from './insurer-invoice/evolve';
export { insurerKeyOf, insurerInvoiceId } from './insurer-invoice/insurer-key';
export { dueOf, outstandingOf, overpaidOf } from './insurer-invoice/balance';
export { notYetCredited } from './insurer-invoice/credit';

export * from './settlement/index';
