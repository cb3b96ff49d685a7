/** English words for the API's enums, shared by the pharmacy pages. */
export const claimStatusLabel: Record<string, string> = { approved: 'Approved', partial: 'Partially approved', rejected: 'Rejected' };
export const cardStatusLabel: Record<string, string> = { pending: 'Not activated', active: 'Active', suspended: 'Suspended', closed: 'Closed', expired: 'Expired' };
/** How the patient paid their share of a claim. */
export const copayPaidFromLabel: Record<'wallet' | 'cash', string> = { wallet: 'From wallet', cash: 'In cash' };
