import { z } from 'zod';
import { entityId } from '../../routers/medcard/medcard.schemas';
import { pharmacyView } from '../../routers/pharmacies/pharmacy.schemas';
import { route } from './route';

const tag = 'Pharmacies';

export const pharmacyRoutes = [
  route({
    method: 'GET', path: '/pharmacies/{pharmacyId}', procedure: 'pharmacies.get', operationId: 'getPharmacy', tag,
    summary: 'A pharmacy and its status (a pharmacy token: its own pharmacy only)',
    description: 'status is pending, active, suspended or closed; only an active pharmacy may claim (others get 403 PHARMACY_NOT_ACTIVE). The settlement IBAN is masked.',
    params: z.object({ pharmacyId: entityId }), output: pharmacyView,
    run: async (api, { params }) => (await api.pharmacies.get({ pharmacyId: params.pharmacyId })).pharmacy,
  }),
];
