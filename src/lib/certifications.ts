// The certification forms' limits and labels: the server's schemas enforce them and the forms state them as hints.

/** A certificate (PDF or PNG) recorded with a self-reported step. */
export const MAX_CERTIFICATE_BYTES = 2 * 1024 * 1024;
export const CERTIFICATE_TOO_LARGE_MESSAGE = `The certificate must be at most ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB.`;

/** A completions file from the learning system: large enough for tens of thousands of rows, well under the request limit. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const IMPORT_TOO_LARGE_MESSAGE = `The file must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split a larger export into several files.`;

/** Certifications expiring within this many days are listed on the partner's page and their holders notified once. */
export const EXPIRY_NOTICE_DAYS = 60;

export const STEP_KINDS = ["TRAINING", "LAB", "EXAM"] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_LABELS: Record<StepKind, string> = { TRAINING: "Training", LAB: "Lab", EXAM: "Exam" };

/** The columns of a completions file, in order, as its header row names them. */
export const IMPORT_COLUMNS = ["email", "certification code", "step", "score", "completed date", "external id"] as const;
