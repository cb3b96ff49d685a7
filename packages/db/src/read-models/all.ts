import { medcardReadModels, medcardReadModelTables } from './medcards/index';
import { paymentReadModels, paymentReadModelTables } from './payments/index';
import { walletReadModels, walletReadModelTables } from './wallets/index';

/** Every Postgres read model the projector keeps, and the tables a rebuild empties. */
export const readModels = [...walletReadModels, ...medcardReadModels, ...paymentReadModels] as const;
export const readModelTables = [...walletReadModelTables, ...medcardReadModelTables, ...paymentReadModelTables] as const;
