import "server-only";
import type { Tx } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { consultantStepBlocker } from "@/server/subcontracting/rules";
import type { ConsultantStage } from "@/generated/prisma/enums";

/**
 * Finds the consultant among the coordinator's subcontracting partners and locks its row, so two steps on the same
 * consultant (a double click, two coordinators) run one after the other and the second sees the first's stage.
 * Out of scope and absent are NOT_FOUND before any lock is taken. Refuses a step meant for other stages (`expected`);
 * a step with its own rule of which stages it takes (declining) passes "any" and checks it itself.
 */
export async function lockConsultant(tx: Tx, user: SessionUser, consultantId: string, expected: readonly ConsultantStage[] | "any") {
  const found = await tx.consultant.findFirst({ where: { id: consultantId, partner: partnerScope(user, "consultants.manage") }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", { field: "consultantId" });
  await tx.$queryRaw`SELECT "id" FROM "Consultant" WHERE "id" = ${consultantId} FOR UPDATE`;
  const consultant = await tx.consultant.findUniqueOrThrow({
    where: { id: consultantId },
    select: {
      id: true,
      name: true,
      stage: true,
      partnerId: true,
      userId: true,
      accessRequestedAt: true,
      onboardingBuddy: true,
      timeLoggingSetAt: true,
      retroNotes: true,
      retroAt: true,
      accessRemovedAt: true,
      otherProjectsCheckedAt: true,
      partner: { select: { legalName: true } },
    },
  });
  const blocker = expected === "any" ? null : consultantStepBlocker(consultant.stage, expected);
  if (blocker) throw new AppError("CONFLICT", { message: blocker });
  return consultant;
}
