// The certification catalog, earned certifications, award cases and a CTP tracking.
import { faker } from "@faker-js/faker";
import { addDays, addMonths, subDays } from "date-fns";
import type { CtpOwner, CtpSectionKind, Prisma } from "@/generated/prisma/client";
import {
  type PartnerKey,
  type SeedContext,
  type SeedPartner,
  type SeedUser,
  type Staff,
  isAuthorized,
  newId,
  partnerByKey,
  primaryContact,
  userAt,
} from "./shared";

type CertificationCode = "SA-CORE" | "PSE" | "MIGRATION" | "IMPLEMENTATION" | "CICD" | "SECURITY" | "ASSOCIATE" | "PM";

const CERTIFICATIONS: { code: CertificationCode; name: string; passingScore: number; validityMonths: number | null }[] = [
  { code: "SA-CORE", name: "Solution Architect Core", passingScore: 80, validityMonths: 24 },
  { code: "PSE", name: "Professional Services Engineer", passingScore: 80, validityMonths: 24 },
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
const PSP_AWARD_DAYS_AGO = 215;

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

  await seedAwardCases(ctx, staff, partners);
  await seedCtpTracking(ctx, staff, partnerByKey(partners, "ctp"));
}

async function seedAwardCases(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const psp = partnerByKey(partners, "psp");
  const awardedAt = subDays(ctx.now, PSP_AWARD_DAYS_AGO);
  const completedAt = addDays(awardedAt, 4);
  await ctx.tx.companyCertification.create({ data: { partnerId: psp.id, kind: "PSP", awardedAt } });
  // Its first company certification: the PHD also granted Service Partner Community admin access.
  await ctx.tx.partner.update({ where: { id: psp.id }, data: { serviceCommunityAdminAt: completedAt } });

  const northwind = partnerByKey(partners, "northwind");
  const openedAt = subDays(ctx.now, 2);
  await ctx.tx.awardCase.createMany({
    data: [
      {
        partnerId: psp.id,
        kind: "PSP",
        status: "COMPLETED",
        camId: staff.cams[psp.region].id,
        openedAt: awardedAt,
        dueAt: addDays(awardedAt, 7),
        awardEmailSentAt: addDays(awardedAt, 2),
        profileUpdatedAt: completedAt,
        communityAccessGrantedAt: completedAt,
        completedAt,
      },
      {
        partnerId: northwind.id,
        kind: "PSP",
        status: "OPEN",
        camId: staff.cams[northwind.region].id,
        openedAt,
        dueAt: addDays(openedAt, 7),
      },
    ],
  });
}

const CTP_SECTIONS: { kind: CtpSectionKind; owner: CtpOwner; items: string[]; completed: number }[] = [
  {
    kind: "PROGRAM_ENTRY",
    owner: "CAM",
    items: ["Confirm Select tier and Authorized status", "Confirm the Training Partner Addendum is signed", "Hold the CTP kickoff call"],
    completed: 3,
  },
  { kind: "TRAINER_CANDIDATES", owner: "PARTNER_PRIMARY_CONTACT", items: ["Nominate at least two trainer candidates"], completed: 1 },
  {
    kind: "COMPETENCY",
    owner: "EDUCATION_SERVICES",
    items: ["Deliver a shadow session observed by Education Services", "Pass the instructor competency assessment"],
    completed: 1,
  },
  {
    kind: "COMPLIANCE_MBO",
    owner: "CAM",
    items: ["Agree quarterly MBO goals for trained learners", "Submit the delivery compliance checklist", "Set up the course feedback survey"],
    completed: 0,
  },
  {
    kind: "LEGAL_OPERATIONAL",
    owner: "CHANNEL_SERVICES",
    items: ["Countersign the Training Partner Addendum", "Publish the course catalog on the partner locator"],
    completed: 1,
  },
];

async function seedCtpTracking(ctx: SeedContext, staff: Staff, partner: SeedPartner): Promise<void> {
  const startedAt = subDays(ctx.now, 60);
  const trackingId = newId();
  const cam = staff.cams[partner.region];
  await ctx.tx.ctpTracking.create({
    data: { id: trackingId, partnerId: partner.id, invitedById: cam.id, status: "ACTIVE", startedAt, locksAt: addMonths(startedAt, 6) },
  });

  const candidates = [userAt(partner, 1), userAt(partner, 2)].map((user, index) => ({
    id: newId(),
    trackingId,
    userId: user.id,
    name: user.name,
    enrolledAt: addDays(startedAt, 10),
    done: index === 0,
  }));
  await ctx.tx.ctpTrainerCandidate.createMany({
    data: candidates.map(({ id, userId, enrolledAt }) => ({ id, trackingId, userId, enrolledAt })),
  });

  // Internal teams without a portal role of their own (Education and Channel Services) are recorded as the admin.
  const completerFor: Record<CtpOwner, string> = {
    CAM: cam.id,
    PARTNER_PRIMARY_CONTACT: primaryContact(partner).id,
    EDUCATION_SERVICES: staff.admin.id,
    CHANNEL_SERVICES: staff.admin.id,
  };
  const sections: Prisma.CtpSectionCreateManyInput[] = [];
  const items: Prisma.CtpItemCreateManyInput[] = [];
  CTP_SECTIONS.forEach((section, sectionIndex) => {
    const sectionId = newId();
    const completedAt = (n: number) => addDays(startedAt, 3 + sectionIndex * 5 + n);
    section.items.forEach((title, position) => {
      const done = position < section.completed;
      items.push({
        sectionId,
        position: position + 1,
        title,
        completedAt: done ? completedAt(position) : null,
        completedById: done ? completerFor[section.owner] : null,
      });
    });
    if (section.kind === "TRAINER_CANDIDATES") {
      candidates.forEach((candidate, index) => {
        items.push({
          sectionId,
          candidateId: candidate.id,
          position: section.items.length + index + 1,
          title: `${candidate.name}: complete the train-the-trainer course`,
          completedAt: candidate.done ? addDays(candidate.enrolledAt, 14) : null,
          completedById: candidate.done ? candidate.userId : null,
        });
      });
    }
    const allDone = section.completed === section.items.length && section.kind !== "TRAINER_CANDIDATES";
    sections.push({
      id: sectionId,
      trackingId,
      kind: section.kind,
      owner: section.owner,
      completedAt: allDone ? completedAt(section.items.length) : null,
    });
  });
  await ctx.tx.ctpSection.createMany({ data: sections });
  await ctx.tx.ctpItem.createMany({ data: items });
}
