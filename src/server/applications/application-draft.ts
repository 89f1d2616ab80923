import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { ZApplicationDraftDataSchema, type TApplicationDraftData } from "@/server/applications/schemas";

// Shared by the step operations: load the applicant's draft, write a step into it, and record that in the audit trail.

export interface LoadedDraft {
  id: string;
  email: string | null;
  step: number;
  emailVerifiedAt: Date | null;
  hasPassword: boolean;
  data: TApplicationDraftData;
}

/** The draft behind the browser's cookie; a missing or unknown one means the applicant starts again. */
export async function loadDraft(tx: Tx | Db, draftId: string | null): Promise<LoadedDraft | null> {
  if (!draftId) return null;
  const draft = await tx.applicationDraft.findUnique({ where: { id: draftId } });
  if (!draft) return null;
  // A draft written by an older shape of the form is read as far as it still fits; the applicant fills in the rest.
  const parsed = ZApplicationDraftDataSchema.safeParse(draft.data);
  return {
    id: draft.id,
    email: draft.email,
    step: draft.step,
    emailVerifiedAt: draft.emailVerifiedAt,
    hasPassword: draft.passwordHash !== null,
    data: parsed.success ? parsed.data : {},
  };
}

/** The draft, which must have reached `step`: steps are saved in order. */
export async function requireDraft(tx: Tx, draftId: string | null, step: number): Promise<LoadedDraft> {
  const draft = await loadDraft(tx, draftId);
  if (!draft) throw new AppError("NOT_FOUND", { message: "Your application has expired or was already submitted. Start a new one." });
  if (draft.step < step) throw new AppError("VALIDATION", { message: "Finish the earlier steps of the application first." });
  return draft;
}

/** A new draft's id is the browser's only key to it, so it is random rather than a guessable cuid. */
export function newDraftId(): string {
  return randomBytes(24).toString("base64url");
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
