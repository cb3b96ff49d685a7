import type { PoolClient } from '../../postgres/pool';
import { copyField as f, copyOrSave, copyRows } from '../copy/copy-rows';
import { transactionProjection, type TransactionDoc } from './transaction-projection';

const COLUMNS = ['event_id', 'wallet_id', 'version', 'kind', 'amount', 'balance_after', 'reference', 'counterparty_wallet_id', 'occurred_at'];
const line = (d: TransactionDoc): string =>
  `${f(d.eventId)}\t${f(d.walletId)}\t${d.version}\t${f(d.kind)}\t${f(d.amount)}\t${f(d.balanceAfter)}\t${f(d.reference)}\t${f(d.counterpartyWalletId)}\t${f(d.occurredAt)}\n`;

/**
 * `transactionProjection.save` for a rebuild: the same history lines written with COPY (the projection's own insert
 * if one is there already). Only for a replay into an emptied `wallet_transactions`.
 */
export const saveTransactionDocsByCopy = (tx: PoolClient, docs: TransactionDoc[]): Promise<void> =>
  copyOrSave(tx, () => copyRows(tx, 'wallet_transactions', COLUMNS, docs, line), () => transactionProjection.save(tx, docs));
