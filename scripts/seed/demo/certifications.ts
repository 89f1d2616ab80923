// The certification catalog and the partners' earned certifications.
import { faker } from "@faker-js/faker";
import { addMonths, subDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { type PartnerKey, type SeedContext, type SeedPartner, type SeedUser, type Staff, isAuthorized, newId, partnerByKey, userAt } from "./shared";

type CertificationCode = "SA-CORE" | "PSE" | "MIGRATION" | "IMPLEMENTATION" | "CICD" | "SECURITY" | "ASSOCIATE" | "PM";

const CERTIFICATIONS: {
  code: CertificationCode;
  name: string;
  passingScore: number;
  validityMonths: number | null;
  countsTowardPsp?: true;
  meetsNfrCheck?: true;
}[] = [
  { code: "SA-CORE", name: "Solution Architect Core", passingScore: 80, validityMonths: 24, meetsNfrCheck: true },
  { code: "PSE", name: "Professional Services Engineer", passingScore: 80, validityMonths: 24, countsTowardPsp: true, meetsNfrCheck: true },
  { code: "MIGRATION", name: "Migration Services Specialist", passingScore: 75, validityMonths: 24 },
  { code: "IMPLEMENTATION", name: "Implementation Specialist", passingScore: 75, validityMonths: 24 },
  { code: "CICD", name: "CI/CD Specialist", passingScore: 75, validityMonths: 24 },
  { code: "SECURITY", name: "Security Specialist", passingScore: 80, validityMonths: 24 },
  { code: "ASSOCIATE", name: "Certified Associate", passingScore: 70, validityMonths: null },
  { code: "PM", name: "Project Management Specialist", passingScore: 70, validityMonths: 24 },
];

// Fixed grants make the company-certification story add up: Northwind just reached the PSP threshold (3 PSEs,
// the last one two days ago), the PSP partner reached it months ago, and one of its PSEs expires within weeks.
// The second demo company shows one valid, one expiring and one expired certification; a few more have lapsed.
const FIXED_GRANTS: { partner: PartnerKey; user: number; code: CertificationCode; daysAgo: number }[] = [
  { partner: "northwind", user: 0, code: "SA-CORE", daysAgo: 300 },
  { partner: "northwind", user: 1, code: "PSE", daysAgo: 420 },
  { partner: "northwind", user: 1, code: "MIGRATION", daysAgo: 200 },
  { partner: "northwind", user: 1, code: "PM", daysAgo: 190 },
  { partner: "northwind", user: 2, code: "PSE", daysAgo: 380 },
  { partner: "northwind", user: 2, code: "CICD", daysAgo: 150 },
  { partner: "northwind", user: 3, code: "PSE", daysAgo: 2 },
  { partner: "northwind", user: 4, code: "ASSOCIATE", daysAgo: 700 },
  { partner: "northwind", user: 4, code: "IMPLEMENTATION", daysAgo: 740 },
  { partner: "psp", user: 0, code: "SA-CORE", daysAgo: 500 },
  { partner: "psp", user: 2, code: "CICD", daysAgo: 760 },
  { partner: "psp", user: 1, code: "PSE", daysAgo: 260 },
  { partner: "psp", user: 2, code: "PSE", daysAgo: 240 },
  { partner: "psp", user: 3, code: "PSE", daysAgo: 215 },
  { partner: "psp", user: 4, code: "PSE", daysAgo: 710 },
  { partner: "otherPartner", user: 0, code: "SA-CORE", daysAgo: 400 },
  { partner: "otherPartner", user: 1, code: "SECURITY", daysAgo: 700 },
  { partner: "otherPartner", user: 2, code: "MIGRATION", daysAgo: 800 },
  { partner: "ctp", user: 1, code: "ASSOCIATE", daysAgo: 40 },
  { partner: "ctp", user: 2, code: "ASSOCIATE", daysAgo: 35 },
];
export const PSP_AWARD_DAYS_AGO = 215;

// PSE is left out so no other company silently crosses the PSP threshold without an award case.
const RANDOM_POOL: CertificationCode[] = ["SA-CORE", "MIGRATION", "IMPLEMENTATION", "CICD", "SECURITY", "ASSOCIATE", "PM"];

export async function seedCertifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const catalog = CERTIFICATIONS.map((c) => ({ ...c, id: newId(), createdAt: subDays(ctx.now, 1200) }));
  await ctx.tx.certification.createMany({ data: catalog });
  const byCode = new Map(catalog.map((c) => [c.code, c]));

  const earned: Prisma.EarnedCertificationCreateManyInput[] = [];
  const grant = (partner: SeedPartner, user: SeedUser, code: CertificationCode, issuedAt: Date) => {
    const certification = byCode.get(code);
    if (!certification) throw new Error(`Demo seed: unknown certification ${code}`);
    earned.push({
      userId: user.id,
      partnerId: partner.id,
      certificationId: certification.id,
      score: faker.number.int({ min: certification.passingScore, max: 100 }),
      issuedAt,
      expiresAt: certification.validityMonths === null ? null : addMonths(issuedAt, certification.validityMonths),
      badgeIssuedAt: issuedAt,
    });
  };

  for (const g of FIXED_GRANTS) {
    const partner = partnerByKey(partners, g.partner);
    grant(partner, userAt(partner, g.user), g.code, subDays(ctx.now, g.daysAgo));
  }
  // Issue dates up to 30 months back (never before the person joined) leave some certifications expired
  // and some about to expire.
  const fixedPartners = new Set<PartnerKey | undefined>(FIXED_GRANTS.map((g) => g.partner));
  const oldest = subDays(ctx.now, 900);
  for (const partner of partners.filter((p) => isAuthorized(p) && !fixedPartners.has(p.key))) {
    for (const user of partner.users) {
      const codes = faker.helpers.arrayElements(RANDOM_POOL, { min: 0, max: 2 });
      const from = user.joinedAt > oldest ? user.joinedAt : oldest;
      for (const code of codes) grant(partner, user, code, faker.date.between({ from, to: subDays(ctx.now, 20) }));
    }
  }
  await ctx.tx.earnedCertification.createMany({ data: earned });
}
