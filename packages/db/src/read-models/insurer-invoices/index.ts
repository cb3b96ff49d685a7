import { insurerInvoiceProjection } from './insurer-invoice-projection';

export { evolveInsurerInvoiceDoc, insurerInvoiceProjection, type InsurerInvoiceDoc } from './insurer-invoice-projection';
export * from './queries';
export * from './reversed-claims';

export const insurerInvoiceReadModels = [insurerInvoiceProjection] as const;
export const insurerInvoiceReadModelTables = ['insurer_invoices'] as const;
