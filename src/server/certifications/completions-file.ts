// Reading a completions file from the learning system and checking it row by row (issue 14, "Completions import").
// Pure functions: the import job looks up the people, certifications and earlier imports, and these decide each row.
import "server-only";
import { parse } from "csv-parse/sync";
import { IMPORT_COLUMNS, STEP_KINDS, type StepKind } from "@/lib/certifications";

export const NOT_CSV_MESSAGE = `This is not a CSV file. Upload the learning system's completions export: text, with the columns ${IMPORT_COLUMNS.join(", ")}.`;
export const HEADER_MESSAGE = `The first row must name the columns, in this order: ${IMPORT_COLUMNS.join(", ")}.`;

export type CompletionsFile = { ok: true; rows: string[][] } | { ok: false; message: string };

/**
 * The file's data rows, after checking it is a CSV of completions: UTF-8 text without NUL bytes (a PDF or an image
 * is not), parsable as CSV, whose header names the columns. The header is row 1, so data row i is row i + 2.
 */
export function readCompletionsFile(bytes: Uint8Array): CompletionsFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: NOT_CSV_MESSAGE };
  }
  if (text.includes("\u0000")) return { ok: false, message: NOT_CSV_MESSAGE };
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    return { ok: false, message: `This file could not be read as CSV (${(error as Error).message.split("\n")[0]}).` };
  }
  const [header, ...rows] = records;
  const names = (header ?? []).map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, " "),
  );
  if (names.length !== IMPORT_COLUMNS.length || IMPORT_COLUMNS.some((column, index) => names[index] !== column)) {
    return { ok: false, message: HEADER_MESSAGE };
  }
  if (rows.length === 0) return { ok: false, message: "The file has its header row but no completions." };
  return { ok: true, rows };
}

export interface RowLookups {
  /** Partner users by lower-cased email. */
  people: ReadonlyMap<string, { id: string; partnerId: string }>;
  /** Catalog certifications by code. */
  certifications: ReadonlyMap<string, { id: string; passingScore: number }>;
  /** External ids recorded by earlier imports. */
  importedExternalIds: ReadonlySet<string>;
}

export interface CompletionRow {
  row: number;
  userId: string;
  partnerId: string;
  certificationId: string;
  step: StepKind;
  score: number | null;
  completedAt: Date;
  externalId: string;
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface CheckedRows {
  valid: CompletionRow[];
  /** Rows whose external id an earlier import already recorded. */
  skipped: number;
  rejected: RowProblem[];
}

/** Tracks what earlier rows of the same file held, so a repeat is reported against the row it repeats. */
export class FileDuplicates {
  private readonly externalIds = new Map<string, number>();
  private readonly completions = new Map<string, number>();

  check(row: number, externalId: string, completionKey: string): string | null {
    const sameId = this.externalIds.get(externalId);
    if (sameId !== undefined) return `External id ${externalId} is also on row ${sameId}; each completion is listed once.`;
    const sameCompletion = this.completions.get(completionKey);
    if (sameCompletion !== undefined) return `Duplicate of row ${sameCompletion}: the same person, certification and step.`;
    this.externalIds.set(externalId, row);
    this.completions.set(completionKey, row);
    return null;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): Date | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * Checks one data row (row = its line in the file) and returns the completion it records or the reason it is refused.
 * `duplicates` remembers the file's earlier rows; a row skipped as already imported returns "skipped".
 */
export function checkCompletionRow(
  cells: readonly string[],
  row: number,
  lookups: RowLookups,
  duplicates: FileDuplicates,
  now: Date,
): CompletionRow | RowProblem | "skipped" {
  const problem = (message: string): RowProblem => ({ row, message });
  if (cells.length !== IMPORT_COLUMNS.length) return problem(`Expected ${IMPORT_COLUMNS.length} columns, found ${cells.length}.`);
  const [email, code, stepText, scoreText, dateText, externalId] = cells.map((cell) => cell.trim());
  if (!externalId) return problem("The external id is missing.");
  if (externalId.length > 100) return problem("The external id is longer than 100 characters.");
  if (!email) return problem("The email is missing.");
  const person = lookups.people.get(email.toLowerCase());
  if (!person) return problem(`${email} is not a partner user of the portal.`);
  if (!code) return problem("The certification code is missing.");
  const certification = lookups.certifications.get(code.toUpperCase());
  if (!certification) return problem(`${code} is not a certification code of the catalog.`);
  const step = stepText.toUpperCase() as StepKind;
  if (!STEP_KINDS.includes(step)) return problem(`The step must be training, lab or exam, not "${stepText}".`);
  let score: number | null = null;
  if (scoreText !== "") {
    if (!/^\d+$/.test(scoreText) || Number(scoreText) > 100) return problem(`The score must be a whole number from 0 to 100, not "${scoreText}".`);
    score = Number(scoreText);
  }
  if (step === "EXAM") {
    if (score === null) return problem("An exam needs its score.");
    if (score < certification.passingScore)
      return problem(`The exam score ${score} is below the passing score of ${certification.passingScore} for ${code.toUpperCase()}.`);
  }
  const completedAt = parseDay(dateText);
  if (!completedAt) return problem(`The completed date must be a date as YYYY-MM-DD, not "${dateText}".`);
  if (completedAt.getTime() > now.getTime()) return problem(`The completed date ${dateText} is in the future.`);
  const duplicate = duplicates.check(row, externalId, `${person.id}|${certification.id}|${step}`);
  if (duplicate) return problem(duplicate);
  if (lookups.importedExternalIds.has(externalId)) return "skipped";
  return {
    row,
    userId: person.id,
    partnerId: person.partnerId,
    certificationId: certification.id,
    step,
    score: step === "EXAM" ? score : null,
    completedAt,
    externalId,
  };
}
