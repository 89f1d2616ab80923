import "server-only";
import { prisma } from "@/server/db";
import { PENDING_EXAM_PASS } from "@/server/certifications/verify-exam-pass";

/** The oldest passes first, a bounded page: verifying is a queue worked from the front. */
export const PENDING_PAGE_SIZE = 50;

export interface PendingExamPass {
  id: string;
  score: number | null;
  completedAt: Date;
  createdAt: Date;
  certificateFileId: string | null;
  user: { name: string; email: string };
  partner: { legalName: string };
  certification: { name: string; passingScore: number };
}

/**
 * Self-recorded exam passes awaiting Education Services (scope "all": the capability's holders see every partner's).
 * Written in SQL so the page of 50 is cut before the person, company and certification are joined: Prisma's relation
 * joins read them for every waiting pass (some 1,400 at the large seed) before sorting.
 */
export async function listPendingExamPasses() {
  const [rows, total] = await Promise.all([
    prisma.$queryRaw<
      (Omit<PendingExamPass, "user" | "partner" | "certification"> & {
        userName: string;
        userEmail: string;
        legalName: string;
        certificationName: string;
        passingScore: number;
      })[]
    >`
      WITH page AS (
        SELECT id, "userId", "partnerId", "certificationId", score, "completedAt", "createdAt", "certificateFileId"
        FROM "CertificationStep"
        WHERE step = 'EXAM' AND source = 'SELF_RECORDED' AND "verifiedAt" IS NULL
        ORDER BY "createdAt", id
        LIMIT ${PENDING_PAGE_SIZE}
      )
      SELECT page.id, page.score, page."completedAt", page."createdAt", page."certificateFileId",
             u.name AS "userName", u.email AS "userEmail", p."legalName", c.name AS "certificationName", c."passingScore"
      FROM page
      JOIN "User" u ON u.id = page."userId"
      JOIN "Partner" p ON p.id = page."partnerId"
      JOIN "Certification" c ON c.id = page."certificationId"
      ORDER BY page."createdAt", page.id`,
    prisma.certificationStep.count({ where: PENDING_EXAM_PASS }),
  ]);
  const passes: PendingExamPass[] = rows.map(({ userName, userEmail, legalName, certificationName, passingScore, ...pass }) => ({
    ...pass,
    user: { name: userName, email: userEmail },
    partner: { legalName },
    certification: { name: certificationName, passingScore },
  }));
  return { passes, total };
}
