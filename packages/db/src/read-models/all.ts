import { medcardReadModels, medcardReadModelTables } from './medcards/index';
import { walletReadModels, walletReadModelTables } from './wallets/index';

/** Every Postgres read model the projector keeps, and the tables a rebuild empties. */
export const readModels = [...walletReadModels, ...medcardReadModels] as const;
export const readModelTables = [...walletReadModelTables, ...medcardReadModelTables] as const;
