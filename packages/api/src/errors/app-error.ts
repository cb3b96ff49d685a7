import { isDomainError } from '@healthpay/domain';
import { ConcurrencyError } from '@healthpay/db';
import { TRPCError } from '@trpc/server';
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

export const fieldErrorsOf = (e: ZodError): FieldError[] =>
  e.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** Anything thrown below the API, as an AppError. Unknown errors become INTERNAL (never leaked). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof TRPCError && error.cause) return toAppError(error.cause);
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
