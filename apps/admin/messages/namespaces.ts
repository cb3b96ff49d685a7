/** Every message namespace of this portal: one file per namespace and locale in `messages/<locale>/<namespace>.json`. */
export const namespaces = ['common', 'nationalId', 'pharmacies', 'invite', 'staff', 'organizations', 'members', 'settlements', 'ledger', 'insurerInvoices', 'system', 'reversal', 'wallets', 'medcards', 'shell', 'payments', 'insurance', 'audit', 'tokens', 'analytics', 'account', 'apiDocs'] as const;
export type Namespace = (typeof namespaces)[number];
