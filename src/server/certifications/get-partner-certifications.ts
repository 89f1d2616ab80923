import "server-only";
import { addDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { EXPIRY_NOTICE_DAYS } from "@/lib/certifications";
import { summarizePersonCertifications } from "@/server/certifications/rules";

/** People per page: a company with hundreds of people pages through them, each page one query. */
export const PEOPLE_PAGE_SIZE = 25;

const personSelect = {
  id: true,
  name: true,
  email: true,
  certificationSteps: {
    select: {
      id: true,
      step: true,
      score: true,
      completedAt: true,
      source: true,
      verifiedAt: true,
      certificateFileId: true,
      certification: { select: { id: true, code: true, name: true } },
    },
  },
  earnedCertifications: {
    select: { id: true, score: true, issuedAt: true, expiresAt: true, badgeToken: true, certification: { select: { id: true, code: true, name: true } } },
    orderBy: { issuedAt: "desc" },
  },
} satisfies Prisma.UserSelect;

/**
 * The partner page's data in three statements however large the company: one page of its people with their steps
 * and certifications (and the company's certifications and the certifications expiring within 60 days) in one query
 * with joined relations, the PSP count with its threshold, and the catalog for the record form.
 */
export async function getPartnerCertifications(user: SessionUser, page: number, now = new Date()) {
  const partnerId = ownPartnerId(user);
  const [partner, pspRows, catalog] = await Promise.all([
    prisma.partner.findUniqueOrThrow({
      where: { id: partnerId },
      select: {
        legalName: true,
        _count: { select: { users: { where: { active: true } } } },
        users: {
          where: { active: true },
          orderBy: [{ name: "asc" }, { id: "asc" }],
          skip: (page - 1) * PEOPLE_PAGE_SIZE,
          take: PEOPLE_PAGE_SIZE,
          select: personSelect,
        },
        companyCertifications: { select: { kind: true, awardedAt: true } },
        earnedCertifications: {
          where: { expiresAt: { gt: now, lte: addDays(now, EXPIRY_NOTICE_DAYS) }, user: { active: true } },
          orderBy: { expiresAt: "asc" },
          take: 50,
          select: { id: true, expiresAt: true, user: { select: { name: true } }, certification: { select: { name: true } } },
        },
      },
    }),
    // The count openPspAwardCaseIfDue makes, and the threshold it compares with (a saved setting, or the default).
    prisma.$queryRaw<{ certified: bigint; threshold: unknown }[]>`
      SELECT
        (SELECT count(DISTINCT e."userId") FROM "EarnedCertification" e JOIN "Certification" c ON c."id" = e."certificationId"
          WHERE e."partnerId" = ${partnerId} AND c."countsTowardPsp" AND (e."expiresAt" IS NULL OR e."expiresAt" > ${now})) AS certified,
        (SELECT "value" FROM "ProgramSetting" WHERE "key" = 'pspThreshold') AS threshold`,
    prisma.certification.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true, passingScore: true } }),
  ]);
  const threshold = Number.isInteger(pspRows[0]?.threshold) ? (pspRows[0].threshold as number) : 3;
  return {
    legalName: partner.legalName,
    peopleCount: partner._count.users,
    people: partner.users.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      isMe: person.id === user.id,
      certifications: summarizePersonCertifications(person.certificationSteps, person.earnedCertifications, now),
    })),
    psp: {
      certified: Number(pspRows[0]?.certified ?? 0),
      threshold,
      awardedAt: partner.companyCertifications.find((c) => c.kind === "PSP")?.awardedAt ?? null,
    },
    ctpAwardedAt: partner.companyCertifications.find((c) => c.kind === "CTP")?.awardedAt ?? null,
    expiring: partner.earnedCertifications.map((row) => ({
      id: row.id,
      personName: row.user.name,
      certificationName: row.certification.name,
      expiresAt: row.expiresAt!,
    })),
    catalog,
  };
}
