import { isDomainError } from '@healthpay/domain';
import { ConcurrencyError } from '@healthpay/db';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { ZodError } from 'zod';
import { type AppErrorCode, mappingOf } from './error-codes';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error type the API raises; its code decides tRPC code and HTTP status via `errorMappings`. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }

  get httpStatus(): number {
    return mappingOf(this.code).http;
  }

  toTRPC(): TRPCError {
    return new TRPCError({ code: mappingOf(this.code).trpc, message: this.message, cause: this });
  }
}

/** Seconds to wait before trying again, for a RATE_LIMITED error that says (the Retry-After header). */
export function retryAfterSecondsOf(app: AppError): number | undefined {
  const wait = app.details.retryAfterSeconds;
  return app.code === 'RATE_LIMITED' && typeof wait === 'number' ? wait : undefined;
}

export const fieldErrorsOf = (e: ZodError): FieldError[] =>
  e.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/**
 * tRPC's refusals of a request it could not read (unparseable or oversized body, wrong method or media type): the
 * caller's fault, whether raised before the procedure or while it reads its raw input.
 */
export const unreadableRequest = (code: TRPC_ERROR_CODE_KEY): boolean =>
  code === 'PARSE_ERROR' || code === 'BAD_REQUEST' || code === 'METHOD_NOT_SUPPORTED' || code === 'PAYLOAD_TOO_LARGE' || code === 'UNSUPPORTED_MEDIA_TYPE';

/** Anything thrown below the API, as an AppError. Unknown errors become INTERNAL (never leaked). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof TRPCError) {
    // tRPC's own refusals (an unreadable body, a batch that is not an object) are the caller's fault.
    const inner = error.cause ? toAppError(error.cause) : null;
    if (inner && inner.code !== 'INTERNAL') return inner;
    if (unreadableRequest(error.code)) return new AppError('VALIDATION_FAILED', 'The request could not be read');
    if (inner) return inner;
  }
  if (isDomainError(error)) return new AppError(error.code, error.message, error.details);
  if (error instanceof ZodError) return new AppError('VALIDATION_FAILED', 'Invalid input', {}, fieldErrorsOf(error));
  // tRPC reads a request body lazily, inside the procedure; an unreadable one surfaces as SyntaxError.
  if (error instanceof SyntaxError) return new AppError('VALIDATION_FAILED', 'The request body is not valid JSON');
  if (error instanceof ConcurrencyError) {
    return new AppError('VERSION_CONFLICT', 'The record changed meanwhile; try again', {
      streamId: error.streamId, expectedVersion: error.expectedVersion, actualVersion: error.actualVersion,
    });
  }
  return new AppError('INTERNAL', 'Something went wrong on our side');
}
