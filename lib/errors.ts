// The one error type that may reach a client: a code, an HTTP status and a message safe to show.
// Anything else is logged and answered as a generic INTERNAL error with the request id.
import { ZodError } from "zod";

export const errorStatus = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  /** The password was right; the account also needs its authenticator or recovery code. */
  TWO_FACTOR_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  /** Not enough stock left for a line (the answer names the variant and what is left). */
  OUT_OF_STOCK: 409,
  /** Prices, stock, shipping or tax changed since the shopper saw the total: show the new one. */
  PRICE_CHANGED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field-level messages, keyed by the input's field path ("address.postalCode"). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: { fields?: FieldErrors; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = errorStatus[code];
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what = "Resource") => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You are not allowed to do that") => new AppError("FORBIDDEN", message);
export const unauthenticated = (message = "Sign in to continue") => new AppError("UNAUTHENTICATED", message);

export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Turns any thrown value into an AppError; unknown errors become INTERNAL (message hidden). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(error) });
  }
  return new AppError("INTERNAL", "Something went wrong on our side", { cause: error });
}
