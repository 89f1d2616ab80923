import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { partnerScope, type Capability, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { formatDateTime } from "@/lib/format";
import { lockPartner } from "@/server/partners/lock-partner";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { awardCaseStatusFor, type AwardCaseTaskState } from "@/server/certifications/award-tasks";
import { COMPANY_CERTIFICATION_NAMES } from "@/server/awards/rules";

const lockedCaseSelect = {
  id: true,
  kind: true,
  status: true,
  partnerId: true,
  firstCompanyCertification: true,
  awardEmailSentAt: true,
  awardEmailSentById: true,
  profileUpdatedAt: true,
  profileUpdatedById: true,
  communityAccessGrantedAt: true,
  communityAccessGrantedById: true,
  partner: {
    select: {
      legalName: true,
      camOwner: { select: { name: true, email: true } },
      users: { where: { role: "PARTNER_ADMIN", active: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { name: true, email: true } },
    },
  },
} satisfies Prisma.AwardCaseSelect;

export type LockedAwardCase = Prisma.AwardCaseGetPayload<{ select: typeof lockedCaseSelect }>;

/**
 * The award case the user may work on through `capability` (its partner in their scope), read after the partner's
 * row is locked: two tasks of one case done at once run one after the other, so the second sees the first and the case
 * closes exactly once. Out of scope and absent are both NOT_FOUND, before any lock.
 */
export async function lockAwardCase(tx: Tx, user: SessionUser, capability: Capability, caseId: string): Promise<LockedAwardCase> {
  const found = await tx.awardCase.findFirst({ where: { id: caseId, partner: partnerScope(user, capability) }, select: { partnerId: true } });
  if (!found) throw new AppError("NOT_FOUND", { field: "caseId" });
  await lockPartner(tx, found.partnerId);
  return tx.awardCase.findUniqueOrThrow({ where: { id: caseId }, select: lockedCaseSelect });
}

/** Refuses a task already done, saying when (a second click, or a colleague who was quicker). */
export function refuseIfDone(doneAt: Date | null, what: string): void {
  if (doneAt) throw new AppError("CONFLICT", { field: "caseId", message: `${what} already on ${formatDateTime(doneAt)}.` });
}

/**
 * Records a done task on the locked case with its audit event, then the case's status; when that was the last task
 * that applies, the case closes (COMPLETED, completedAt) with an audit event of its own.
 */
export async function recordAwardTask(
  tx: Tx,
  user: SessionUser,
  awardCase: LockedAwardCase,
  task: {
    data: Partial<AwardCaseTaskState>;
    action: "award_case.email_sent" | "award_case.profile_updated" | "award_case.community_access_granted";
    summary: string;
  },
  context: { ip: string; now: Date },
): Promise<{ completed: boolean }> {
  const state: AwardCaseTaskState = { ...awardCase, ...task.data };
  const status = awardCaseStatusFor(state);
  const completed = status === "COMPLETED";
  await tx.awardCase.update({
    where: { id: awardCase.id },
    data: { ...task.data, status, ...(completed ? { completedAt: context.now } : {}) },
  });
  await recordAuditEvent(tx, { actor: user, action: task.action, entityType: "AwardCase", entityId: awardCase.id, summary: task.summary, ip: context.ip });
  if (completed) {
    await recordAuditEvent(tx, {
      actor: user,
      action: "award_case.completed",
      entityType: "AwardCase",
      entityId: awardCase.id,
      summary: `${COMPANY_CERTIFICATION_NAMES[awardCase.kind]} award case of ${awardCase.partner.legalName} completed: every task is done`,
      changes: { status: { from: awardCase.status, to: status } },
      ip: context.ip,
    });
  }
  return { completed };
}
