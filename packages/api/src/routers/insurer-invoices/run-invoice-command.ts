import { decideInsurerInvoice, type InsurerInvoiceCommand, type InsurerInvoiceState } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import { executeCommand } from '../../commands/execute';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import type { InvoiceView } from './insurer-invoice.schemas';

export type InvoiceCommandBody = Omit<InsurerInvoiceCommand, 'meta'>;

/** The invoice as the command left it (the read model lags by a projector batch). */
export function invoiceViewOf(state: InsurerInvoiceState, version: number, times: { draftedAt: string; updatedAt: string }): InvoiceView {
  if (state.status === 'none') throw new AppError('INSURER_INVOICE_NOT_FOUND', 'No such invoice');
  return {
    invoiceId: state.invoiceId, insurerKey: state.insurerKey, insurerName: state.insurerName, month: state.month, status: state.status,
    total: state.total, paid: state.paid, outstanding: state.total - state.paid, payments: [...state.payments], lines: [...state.lines], version, ...times,
  };
}

/** One insurer invoice command on its stream: load, decide, append (retry, idempotency), audited. */
export async function runInvoiceCommand(ctx: Context & { actor: Actor }, operation: string, input: unknown, stream: string, body: InvoiceCommandBody, draftedAt?: string): Promise<InvoiceView> {
  const cache = ctx.services.aggregates.insurerInvoice;
  return executeCommand(ctx.services, {
    operation,
    input,
    actor: ctx.actor,
    idempotencyKey: ctx.idempotencyKey,
    request: ctx.request,
    aggregates: cache,
    streams: [stream],
    decide(states, meta) {
      const state = states.get(stream) ?? cache.kind.initialState;
      return new Map([[stream, decideInsurerInvoice({ ...body, meta } as InsurerInvoiceCommand, state)]]);
    },
    result: (after, meta) => {
      const loaded = after.get(stream) ?? { state: cache.kind.initialState, version: 0 };
      return invoiceViewOf(loaded.state, loaded.version, { draftedAt: draftedAt ?? meta.now, updatedAt: meta.now });
    },
    auditDetails: () => ({ invoiceId: stream }),
  });
}
