/** Every message namespace of this portal: one file per namespace and locale in `messages/<locale>/<namespace>.json`. */
export const namespaces = ['common', 'invite', 'team', 'pharmacyStatus', 'claimLines', 'portal', 'claims', 'copay', 'summary', 'errors', 'settlements', 'insurance', 'reversal'] as const;
export type Namespace = (typeof namespaces)[number];
