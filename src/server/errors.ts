// Errors an operation throws on purpose; the action client turns them into a message next to a field.
import "server-only";

export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "CONFLICT" | "TOKEN_INVALID" | "TOKEN_EXPIRED";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  NOT_FOUND: "That record does not exist or is not yours to see.",
  FORBIDDEN: "You are not allowed to do that.",
  VALIDATION: "Some fields need attention.",
  CONFLICT: "That conflicts with a record that already exists.",
  TOKEN_INVALID: "This link is not valid. Ask for a new one.",
  TOKEN_EXPIRED: "This link has expired. Ask for a new one.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field?: string;
  /** Several fields at once, when an operation finds more than one problem (each message shows next to its field). */
  readonly fieldErrors?: Record<string, string>;

  constructor(code: AppErrorCode, options: { message?: string; field?: string; fieldErrors?: Record<string, string> } = {}) {
    super(options.message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.fieldErrors = options.fieldErrors;
  }
}
