// One error type with stable codes. Messages are user-safe and never carry message
// text or patient data; `meta` is for logs and holds ids and counts only.

/** Stable error codes, turned into user-safe replies in one place (dispatch). */
export type ErrorCode =
  | "UNKNOWN_COMMAND"
  | "UNKNOWN_ACTION"
  | "BAD_ARGUMENT"
  | "NOT_ALLOWED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNKNOWN_WORKSPACE"
  | "PHI_BLOCKED"
  | "RATE_LIMITED"
  | "UNAVAILABLE"
  | "PAYLOAD_TOO_LARGE"
  | "BAD_SIGNATURE"
  | "CONFIG"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    /** Stable code. */
    readonly code: ErrorCode,
    /** Message safe to show to a user (no PHI, no secrets). */
    message: string,
    /** Ids and counts for logs; never text. */
    readonly meta: Record<string, string | number | boolean> = {},
    /** Per-field messages for form validation. */
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
