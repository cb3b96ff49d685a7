import type { PoolClient } from '../../postgres/pool';
import { copyField as f, copyOrSave, copyRows } from '../copy/copy-rows';
import type { ClaimSettlementDoc, SettlementLine } from './line-doc';
import { insertLines, saveSettlementDocs } from './line-projection';

const COLUMNS = ['id', 'settlement_id', 'pharmacy_id', 'kind', 'card_id', 'prescription_id', 'occurred_at', 'benefit', 'wallet_copay', 'commission', 'adjustment'];
const line = (l: SettlementLine): string =>
  `${f(l.id)}\t${f(l.settlementId)}\t${f(l.pharmacyId)}\t${f(l.kind)}\t${f(l.cardId)}\t${f(l.prescriptionId)}\t${f(l.occurredAt)}\t${f(l.benefit)}\t${
    f(l.walletCopay)}\t${f(l.commission)}\t${f(l.adjustment)}\n`;

/**
 * The settlement line projection's save for a rebuild: the same rows, the lines written with COPY (the projection's own
 * insert if one is there already). Only for a replay into an emptied `settlement_lines`.
 */
export const saveSettlementDocsByCopy = (tx: PoolClient, docs: ClaimSettlementDoc[]): Promise<void> =>
  saveSettlementDocs(tx, docs, (t, lines) => copyOrSave(t, () => copyRows(t, 'settlement_lines', COLUMNS, lines, line), () => insertLines(t, lines)));
