import {
  evolvePharmacy,
  evolvePharmacyLicence,
  initialPharmacyLicenceState,
  initialPharmacyState,
  type PharmacyEvent,
  type PharmacyLicenceEvent,
  type PharmacyLicenceState,
  type PharmacyState,
  evolvePayment,
  initialPaymentState,
  type PaymentEvent,
  type PaymentState,
  evolveMedCard,
  evolveWallet,
  initialMedCardState,
  initialWalletState,
  type MedCardEvent,
  type MedCardState,
  type WalletEvent,
  type WalletState,
} from '@healthpay/domain';

/** An event as the domain sees it: its type and its data (what the event store keeps per row). */
export interface DomainEvent {
  type: string;
  data: unknown;
}

/** What the command path needs to know about an aggregate: how to fold its events, and its stream type. */
export interface AggregateKind<S, E extends DomainEvent> {
  /** `events.aggregate_type` of its streams; the event pipeline derives the Kafka topic from it. */
  type: string;
  initialState: S;
  evolve(state: S, event: E): S;
}

export const walletKind: AggregateKind<WalletState, WalletEvent> = {
  type: 'wallet',
  initialState: initialWalletState,
  evolve: evolveWallet,
};

export const medCardKind: AggregateKind<MedCardState, MedCardEvent> = {
  type: 'medcard',
  initialState: initialMedCardState,
  evolve: evolveMedCard,
};

export const paymentKind: AggregateKind<PaymentState, PaymentEvent> = {
  type: 'payment',
  initialState: initialPaymentState,
  evolve: evolvePayment,
};

export const pharmacyKind: AggregateKind<PharmacyState, PharmacyEvent> = {
  type: 'pharmacy',
  initialState: initialPharmacyState,
  evolve: evolvePharmacy,
};

/** One stream per licence number: who holds it (appended with the registration; see decidePharmacyRegistration). */
export const pharmacyLicenceKind: AggregateKind<PharmacyLicenceState, PharmacyLicenceEvent> = {
  type: 'pharmacy-licence',
  initialState: initialPharmacyLicenceState,
  evolve: evolvePharmacyLicence,
};
