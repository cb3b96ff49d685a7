import {
  decidePharmacyRegistration, normalizeLicenceNumber, pharmacyLicenceStreamId, type PharmacyEvent, type PharmacyLicenceEvent, type PharmacyLicenceState,
  type PharmacyState,
} from '@healthpay/domain';
import { staffMay } from '../../auth/roles';
import { executeCommand } from '../../commands/execute';
import { MixedAggregates } from '../../commands/mixed-aggregates';
import { roleProcedure } from '../../trpc';
import { createPharmacyInput, pharmacyView } from './pharmacy.schemas';
import { pharmacyViewOfState } from './pharmacy-view';
import { changedValues } from './run-pharmacy-command';

type Streams = PharmacyState | PharmacyLicenceState;

/**
 * Staff register a pharmacy (pending until activated). Race-safe licence uniqueness: the registration is
 * appended together with the licence number's claim stream at expected version 0, in one transaction; of two
 * concurrent registrations of one licence (any process) one commits, the other conflicts, is decided again on
 * fresh state and refused with DUPLICATE_LICENCE_NUMBER. The read model is not consulted: it lags.
 */
export const createPharmacy = roleProcedure(...staffMay.manageAccounts)
  .input(createPharmacyInput)
  .output(pharmacyView)
  .mutation(({ ctx, input }) => {
    const { aggregates } = ctx.services;
    const pharmacyId = `ph-${ctx.services.newId()}`;
    const licenceStream = pharmacyLicenceStreamId(normalizeLicenceNumber(input.licenceNumber));
    let audited: Record<string, unknown> = { changes: {} };
    return executeCommand<Streams, PharmacyEvent | PharmacyLicenceEvent, ReturnType<typeof pharmacyViewOfState>>(ctx.services, {
      operation: 'pharmacies.create',
      input,
      actor: ctx.actor,
      idempotencyKey: ctx.idempotencyKey,
      request: ctx.request,
      aggregates: new MixedAggregates([[pharmacyId, aggregates.pharmacy], [licenceStream, aggregates.pharmacyLicence]]),
      streams: [pharmacyId, licenceStream],
      decide(states, meta) {
        const state = (states.get(pharmacyId) ?? aggregates.pharmacy.kind.initialState) as PharmacyState;
        const licence = (states.get(licenceStream) ?? aggregates.pharmacyLicence.kind.initialState) as PharmacyLicenceState;
        const decided = decidePharmacyRegistration({ type: 'RegisterPharmacy', data: { pharmacyId, ...input }, meta }, state, licence);
        audited = { ...changedValues(state, decided.pharmacy.reduce(aggregates.pharmacy.kind.evolve, state)), licenceNumber: licenceStream.slice('pharmacy-licence:'.length) };
        return new Map<string, (PharmacyEvent | PharmacyLicenceEvent)[]>([[pharmacyId, decided.pharmacy], [licenceStream, decided.licence]]);
      },
      result: (after) => {
        const loaded = after.get(pharmacyId);
        return pharmacyViewOfState((loaded?.state ?? aggregates.pharmacy.kind.initialState) as PharmacyState, loaded?.version ?? 0);
      },
      auditDetails: () => audited,
    });
  });
