// The certification catalog and the partners' earned certifications.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { faker } from "@faker-js/faker";
import { addMonths, subDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { type PartnerKey, type SeedContext, type SeedPartner, type SeedUser, type Staff, isAuthorized, newId, partnerByKey, userAt, utcDay } from "./shared";

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

// Fixed grants make the company-certification story add up: Northwind is one certified PSE short of the PSP threshold
// (users 2 and 3 hold PSE; partner.user, user 1, has PSE training and lab done, so their exam pass takes it over), its
// admin's CI/CD certification expires within weeks; the PSP partner reached the threshold months ago, and one of its
// PSEs expires within weeks. The second demo company shows one valid, one expiring and one expired certification.
// The list keeps its length: each grant draws one score from the shared faker sequence the later modules continue.
const FIXED_GRANTS: { partner: PartnerKey; user: number; code: CertificationCode; daysAgo: number }[] = [
  { partner: "northwind", user: 0, code: "SA-CORE", daysAgo: 300 },
  { partner: "northwind", user: 0, code: "CICD", daysAgo: 690 },
  { partner: "northwind", user: 1, code: "MIGRATION", daysAgo: 200 },
  { partner: "northwind", user: 1, code: "PM", daysAgo: 190 },
  { partner: "northwind", user: 2, code: "PSE", daysAgo: 380 },
  { partner: "northwind", user: 2, code: "CICD", daysAgo: 150 },
  { partner: "northwind", user: 3, code: "PSE", daysAgo: 400 },
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
      // Not from faker: a badge link must be unguessable even in demo data, and the faker sequence stays as it was.
      badgeToken: randomBytes(32).toString("base64url"),
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
  await seedCertificationSteps(ctx, staff, partners, byCode, earned);
}

const stepId = (earnedIndex: number, step: string) => `seed-${earnedIndex}-${step.toLowerCase()}`;

/**
 * The steps behind every earned certification (training 20 days and lab 10 days before the exam, imported from the
 * learning system), and Northwind's people in progress: partner.user's PSE (training and lab, from the finished demo
 * import whose report rejects one row), the admin's Security Specialist training, and user 4's Security Specialist
 * exam pass recorded with a certificate and awaiting Education Services.
 */
async function seedCertificationSteps(
  ctx: SeedContext,
  staff: Staff,
  partners: SeedPartner[],
  byCode: Map<CertificationCode, { id: string; passingScore: number }>,
  earned: Prisma.EarnedCertificationCreateManyInput[],
): Promise<void> {
  const steps: Prisma.CertificationStepCreateManyInput[] = [];
  earned.forEach((row, index) => {
    const issuedAt = new Date(row.issuedAt);
    for (const [step, daysBefore] of [
      ["TRAINING", 20],
      ["LAB", 10],
      ["EXAM", 0],
    ] as const) {
      steps.push({
        userId: row.userId,
        partnerId: row.partnerId,
        certificationId: row.certificationId,
        step,
        score: step === "EXAM" ? row.score : null,
        completedAt: subDays(issuedAt, daysBefore),
        source: "IMPORT",
        externalId: stepId(index, step),
        verifiedAt: step === "EXAM" ? issuedAt : null,
      });
    }
  });

  const northwind = partnerByKey(partners, "northwind");
  const code = (c: CertificationCode) => byCode.get(c)!.id;
  const candidate = userAt(northwind, 1);
  const imported = [
    { step: "TRAINING", externalId: "lms-demo-1001", daysAgo: 30 },
    { step: "LAB", externalId: "lms-demo-1002", daysAgo: 12 },
  ] as const;
  for (const row of imported) {
    steps.push({
      userId: candidate.id,
      partnerId: northwind.id,
      certificationId: code("PSE"),
      step: row.step,
      completedAt: utcDay(subDays(ctx.now, row.daysAgo)),
      source: "IMPORT",
      externalId: row.externalId,
    });
  }
  const admin = userAt(northwind, 0);
  steps.push({
    userId: admin.id,
    partnerId: northwind.id,
    certificationId: code("SECURITY"),
    step: "TRAINING",
    completedAt: utcDay(subDays(ctx.now, 9)),
    source: "IMPORT",
    externalId: "lms-demo-1003",
  });

  const awaiting = userAt(northwind, 4);
  const certificate = await ctx.tx.storedFile.create({
    data: {
      storageKey: `partners/${northwind.id}/certificates/demo-security-exam`,
      contentType: "application/pdf",
      sizeBytes: DEMO_CERTIFICATE.length,
      originalName: "security-specialist-exam.pdf",
      ownerPartnerId: northwind.id,
      uploadedById: awaiting.id,
      createdAt: subDays(ctx.now, 1),
    },
    select: { id: true, storageKey: true },
  });
  for (const [step, daysAgo] of [
    ["TRAINING", 40],
    ["LAB", 25],
  ] as const) {
    steps.push({
      userId: awaiting.id,
      partnerId: northwind.id,
      certificationId: code("SECURITY"),
      step,
      completedAt: utcDay(subDays(ctx.now, daysAgo)),
      source: "IMPORT",
      externalId: `lms-demo-sec-${step.toLowerCase()}`,
    });
  }
  steps.push({
    userId: awaiting.id,
    partnerId: northwind.id,
    certificationId: code("SECURITY"),
    step: "EXAM",
    score: 88,
    completedAt: utcDay(subDays(ctx.now, 2)),
    source: "SELF_RECORDED",
    certificateFileId: certificate.id,
    recordedById: awaiting.id,
    createdAt: subDays(ctx.now, 1),
  });
  await ctx.tx.certificationStep.createMany({ data: steps });
  await writeDemoFile(certificate.storageKey, DEMO_CERTIFICATE);

  const header = "email,certification code,step,score,completed date,external id";
  const day = (daysAgo: number) => utcDay(subDays(ctx.now, daysAgo)).toISOString().slice(0, 10);
  const content = [
    header,
    `${candidate.email},PSE,training,,${day(30)},lms-demo-1001`,
    `${candidate.email},PSE,lab,,${day(12)},lms-demo-1002`,
    `${admin.email},SECURITY,training,,${day(9)},lms-demo-1003`,
    `former.employee@${northwind.websiteDomain},PSE,exam,91,${day(8)},lms-demo-1004`,
  ].join("\n");
  await ctx.tx.certificationImport.create({
    data: {
      fileName: "lms-completions-week-47.csv",
      content,
      status: "COMPLETED",
      totalRows: 4,
      processedRows: 4,
      importedRows: 3,
      skippedRows: 0,
      rejectedRows: [{ row: 5, message: `former.employee@${northwind.websiteDomain} is not a partner user of the portal.` }],
      createdById: staff.education.id,
      createdAt: subDays(ctx.now, 8),
      finishedAt: subDays(ctx.now, 8),
    },
  });
}

/**
 * Puts a demo file's bytes where the local file store (src/server/storage/local-file-storage.ts, the default store)
 * reads them: the seed runs outside the app's server-only modules, so it writes the same layout itself.
 */
async function writeDemoFile(storageKey: string, body: Buffer): Promise<void> {
  if ((process.env.FILE_STORAGE ?? "local") !== "local") return;
  const root = process.env.FILE_STORAGE_DIR ?? path.join(process.env.PORTAL_DATA_DIR ?? ".data", "files");
  const target = path.join(path.resolve(root), ...storageKey.split("/"));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, body);
}

/** A one-page PDF saying what it is: the demo's self-recorded exam certificate. */
const DEMO_CERTIFICATE = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj 4 0 obj<</Length 58>>stream\nBT /F1 14 Tf 20 70 Td (Security Specialist exam: 88) Tj ET\nendstream endobj 5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
