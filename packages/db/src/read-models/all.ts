import { medcardReadModels, medcardReadModelTables } from './medcards/index';
import { paymentReadModels, paymentReadModelTables } from './payments/index';
import { pharmacyReadModelResets, pharmacyReadModels } from './pharmacies/index';
import { walletReadModels, walletReadModelTables } from './wallets/index';
import { insurerInvoiceReadModels, insurerInvoiceReadModelTables } from './insurer-invoices/index';
import { ledgerReadModels, ledgerReadModelTables } from './ledger/index';
import { settlementReadModels, settlementReadModelTables } from './settlements/index';

/** Every Postgres read model the projector keeps, and the tables a rebuild empties. */
export const readModels = [...walletReadModels, ...medcardReadModels, ...paymentReadModels, ...pharmacyReadModels, ...ledgerReadModels, ...insurerInvoiceReadModels, ...settlementReadModels] as const;
export const readModelTables = [...walletReadModelTables, ...medcardReadModelTables, ...paymentReadModelTables, ...ledgerReadModelTables, ...insurerInvoiceReadModelTables, ...settlementReadModelTables] as const;
/** Statements a rebuild runs instead of emptying tables that other tables reference (`pharmacies`). */
export const readModelResets = [...pharmacyReadModelResets] as const;
