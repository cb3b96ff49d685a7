import { decideInsurerInvoice, type InsurerInvoiceCommand, type InsurerInvoiceState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { executeOnStream } from '../../commands/execute-on-stream';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import { invoiceAmountsOf } from './invoice-amounts';
import type { InvoiceView } from './insurer-invoice.schemas';

export type InvoiceCommandBody = Omit<InsurerInvoiceCommand, 'meta'>;

/** The invoice as the command left it (the read model lags by a projector batch). */
export function invoiceViewOf(state: InsurerInvoiceState, version: number, times: { draftedAt: string; updatedAt: string }): InvoiceView {
  if (state.status === 'none') throw new AppError('INSURER_INVOICE_NOT_FOUND', 'No such invoice');
  return { ...invoiceAmountsOf(state), lines: [...state.lines], version, ...times };
}

/**
 * One insurer invoice command on its stream: load, decide, append (retry, idempotency), audited. `body` may be worked
 * out from the stream's state as loaded for this decision (fresh on every retry).
 */
export function runInvoiceCommand(
  ctx: Context & { actor: Actor }, operation: string, input: unknown, stream: string,
  body: InvoiceCommandBody | ((state: InsurerInvoiceState) => InvoiceCommandBody), draftedAt?: string,
): Promise<InvoiceView> {
  return executeOnStream(ctx, {
    operation,
    input,
    cache: ctx.services.aggregates.insurerInvoice,
    stream,
    decide: (state, meta) => decideInsurerInvoice({ ...(typeof body === 'function' ? body(state) : body), meta } as InsurerInvoiceCommand, state),
    result: (after, meta) => invoiceViewOf(after.state, after.version, { draftedAt: draftedAt ?? meta.now, updatedAt: meta.now }),
    auditDetails: () => ({ invoiceId: stream }),
  });
}
