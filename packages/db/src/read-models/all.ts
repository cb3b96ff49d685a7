import { medcardReadModels, medcardReadModelTables } from './medcards/index';
import { paymentReadModels, paymentReadModelTables } from './payments/index';
import { pharmacyReadModelResets, pharmacyReadModels } from './pharmacies/index';
import { walletReadModels, walletReadModelTables } from './wallets/index';

/** Every Postgres read model the projector keeps, and the tables a rebuild empties. */
export const readModels = [...walletReadModels, ...medcardReadModels, ...paymentReadModels, ...pharmacyReadModels] as const;
export const readModelTables = [...walletReadModelTables, ...medcardReadModelTables, ...paymentReadModelTables] as const;
/** Statements a rebuild runs instead of emptying tables that other tables reference (`pharmacies`). */
export const readModelResets = [...pharmacyReadModelResets] as const;
