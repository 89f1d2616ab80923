import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, scopeOf, type SessionUser } from "@/server/auth/policy";
import { CONSULTANT_STAGES, consultantStageSince, daysSince } from "@/server/subcontracting/rules";
import type { ConsultantStage } from "@/generated/prisma/enums";

/** The cards a column shows; the rest of the stage is one link away, in the list filtered to it. */
export const BOARD_CARDS_PER_COLUMN = 12;

/** The board's columns: the pipeline in order, then the declined. */
export const BOARD_STAGES: readonly ConsultantStage[] = [...CONSULTANT_STAGES, "DECLINED"];

/**
 * The consultants.manage scope as SQL over the partner `p`, for the one statement that picks each column's cards (a
 * window function Prisma cannot express). It mirrors partnerScope for the only scopes the capability grants.
 */
function partnerScopeSql(user: SessionUser): Prisma.Sql {
  switch (scopeOf(user.role, "consultants.manage")) {
    case "subcontracting":
      return Prisma.sql`p."subcontractRelationship" IS NOT NULL`;
    case "all":
      return Prisma.sql`TRUE`;
    default:
      return Prisma.sql`FALSE`;
  }
}

interface CardRow {
  id: string;
  name: string;
  stage: ConsultantStage;
  partnerName: string;
  createdAt: Date;
  skillsSubmittedAt: Date | null;
  videoReviewedAt: Date | null;
  certsVerifiedAt: Date | null;
  deepDiveAt: Date | null;
  approvedAt: Date | null;
  accessRequestedAt: Date | null;
  onboardingBuddy: string | null;
  timeLoggingSetAt: Date | null;
  activatedAt: Date | null;
  offboardedAt: Date | null;
  declinedAt: Date | null;
}

/**
 * The pipeline board in two statements whatever the number of consultants: the count per stage (groupBy), and at
 * most BOARD_CARDS_PER_COLUMN cards per stage, those changed longest ago first (they have waited longest).
 */
export async function loadConsultantBoard(user: SessionUser) {
  const [counts, cards] = await Promise.all([
    prisma.consultant.groupBy({ by: ["stage"], where: { partner: partnerScope(user, "consultants.manage") }, _count: { _all: true } }),
    prisma.$queryRaw<CardRow[]>`
      SELECT ranked.* FROM (
        SELECT c."id", c."name", c."stage", p."legalName" AS "partnerName", c."createdAt", c."skillsSubmittedAt", c."videoReviewedAt",
          c."certsVerifiedAt", c."deepDiveAt", c."approvedAt", c."accessRequestedAt", c."onboardingBuddy", c."timeLoggingSetAt",
          c."activatedAt", c."offboardedAt", c."declinedAt",
          row_number() OVER (PARTITION BY c."stage" ORDER BY c."updatedAt", c."id") AS "position"
        FROM "Consultant" c JOIN "Partner" p ON p."id" = c."partnerId"
        WHERE ${partnerScopeSql(user)}
      ) ranked
      WHERE ranked."position" <= ${BOARD_CARDS_PER_COLUMN}
      ORDER BY ranked."position"`,
  ]);
  const now = new Date();
  return BOARD_STAGES.map((stage) => ({
    stage,
    count: counts.find((row) => row.stage === stage)?._count._all ?? 0,
    cards: cards
      .filter((card) => card.stage === stage)
      .map((card) => ({ id: card.id, name: card.name, partnerName: card.partnerName, daysInStage: daysSince(consultantStageSince(card), now) })),
  }));
}

export type ConsultantBoardColumn = Awaited<ReturnType<typeof loadConsultantBoard>>[number];
