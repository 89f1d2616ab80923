import "server-only";
import { prisma } from "@/server/db";
import { PENDING_EXAM_PASS } from "@/server/certifications/verify-exam-pass";

/** The oldest passes first, a bounded page: verifying is a queue worked from the front. */
export const PENDING_PAGE_SIZE = 50;

/** Self-recorded exam passes awaiting Education Services (scope "all": the capability's holders see every partner's). */
export async function listPendingExamPasses() {
  const [passes, total] = await Promise.all([
    prisma.certificationStep.findMany({
      where: PENDING_EXAM_PASS,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: PENDING_PAGE_SIZE,
      select: {
        id: true,
        score: true,
        completedAt: true,
        createdAt: true,
        certificateFileId: true,
        user: { select: { name: true, email: true } },
        partner: { select: { legalName: true } },
        certification: { select: { name: true, passingScore: true } },
      },
    }),
    prisma.certificationStep.count({ where: PENDING_EXAM_PASS }),
  ]);
  return { passes, total };
}
