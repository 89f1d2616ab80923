import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/server/auth/one-time-token";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { ZApplicationDraftDataSchema, type TApplicationDraftData } from "@/server/applications/schemas";

// Shared by the step operations: load the applicant's draft, write a step into it, and record that in the audit trail.
// The browser holds a random key; the table keeps only its hash as the id, like one-time tokens, so a leaked table
// cannot be used to take over applications in progress.

export interface LoadedDraft {
  id: string;
  email: string | null;
  step: number;
  emailVerifiedAt: Date | null;
  passwordHash: string | null;
  data: TApplicationDraftData;
}

/** The draft behind the browser's cookie; a missing or unknown one means the applicant starts again. */
export async function loadDraft(tx: Tx | Db, draftKey: string | null): Promise<LoadedDraft | null> {
  if (!draftKey) return null;
  const draft = await tx.applicationDraft.findUnique({ where: { id: hashToken(draftKey) } });
  if (!draft) return null;
  // A draft written by an older shape of the form is read as far as it still fits; the applicant fills in the rest.
  const parsed = ZApplicationDraftDataSchema.safeParse(draft.data);
  return {
    id: draft.id,
    email: draft.email,
    step: draft.step,
    emailVerifiedAt: draft.emailVerifiedAt,
    passwordHash: draft.passwordHash,
    data: parsed.success ? parsed.data : {},
  };
}

export const DRAFT_MOVED_MESSAGE =
  "Your email was confirmed in another browser, so your application continues there. Reload this page to see how to continue here instead.";

/**
 * The draft whose email was confirmed in another browser after this browser's key was issued: confirming hands the
 * draft to the browser that opened the link (verifyApplicationEmail), and the old key finds it only through here.
 */
export async function findMovedDraft(tx: Tx | Db, draftKey: string | null): Promise<{ id: string; email: string; data: TApplicationDraftData } | null> {
  if (!draftKey) return null;
  const draft = await tx.applicationDraft.findFirst({ where: { supersededId: hashToken(draftKey) }, select: { id: true, email: true, data: true } });
  if (!draft?.email) return null;
  const parsed = ZApplicationDraftDataSchema.safeParse(draft.data);
  return { id: draft.id, email: draft.email, data: parsed.success ? parsed.data : {} };
}

/** The draft, which must have reached `step`: steps are saved in order. */
export async function requireDraft(tx: Tx, draftKey: string | null, step: number): Promise<LoadedDraft> {
  const draft = await loadDraft(tx, draftKey);
  if (!draft && (await findMovedDraft(tx, draftKey))) throw new AppError("NOT_FOUND", { message: DRAFT_MOVED_MESSAGE });
  if (!draft) throw new AppError("NOT_FOUND", { message: "Your application has expired or was already submitted. Start a new one." });
  if (draft.step < step) throw new AppError("VALIDATION", { message: "Finish the earlier steps of the application first." });
  return draft;
}

/** A new key for the browser and the draft id it maps to. */
export function newDraftKey(): { key: string; id: string } {
  const key = randomBytes(24).toString("base64url");
  return { key, id: hashToken(key) };
}

export async function saveDraft(
  tx: Tx,
  draft: { id: string; step: number },
  changes: { data: TApplicationDraftData; reachedStep: number; email?: string; passwordHash?: string; emailVerifiedAt?: Date | null },
  context: { ip: string; summary: string },
): Promise<void> {
  const data = changes.data as Prisma.InputJsonValue;
  const step = Math.max(draft.step, changes.reachedStep);
  await tx.applicationDraft.upsert({
    where: { id: draft.id },
    create: { id: draft.id, step, data, email: changes.email, passwordHash: changes.passwordHash, emailVerifiedAt: changes.emailVerifiedAt },
    update: { step, data, email: changes.email, passwordHash: changes.passwordHash, emailVerifiedAt: changes.emailVerifiedAt },
  });
  await recordAuditEvent(tx, {
    actor: null,
    action: "application.draft_saved",
    entityType: "ApplicationDraft",
    entityId: draft.id,
    summary: context.summary,
    ip: context.ip,
  });
}
