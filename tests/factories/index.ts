// Small builders for integration tests: each makes one valid row with unique values.
import { randomBytes } from "node:crypto";
import type { Role, Region, PartnerStatus, PartnerTier } from "../../src/generated/prisma/enums";
import type { SowStatus, SubcontractRelationship } from "../../src/generated/prisma/enums";
import { prisma } from "../../src/server/db";
import { hashPassword } from "../../src/server/auth/password";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "../../src/server/auth/policy";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString("hex");

export async function makePartner(overrides: { region?: Region; status?: PartnerStatus; tier?: PartnerTier; camOwnerId?: string; legalName?: string } = {}) {
  const suffix = unique();
  const region = overrides.region ?? "AMER";
  return prisma.partner.create({
    data: {
      legalName: overrides.legalName ?? `Partner ${suffix}`,
      website: `https://partner-${suffix}.example`,
      websiteDomain: `partner-${suffix}.example`,
      country: "US",
      region,
      phdRegion: region === "PUBLIC_SECTOR" ? "AMER" : region,
      size: "SIZE_51_200",
      tier: overrides.tier ?? "OPEN",
      tracks: ["RESELLER"],
      status: overrides.status ?? "AUTHORIZED",
      camOwnerId: overrides.camOwnerId,
    },
  });
}

export async function makeUser(role: Role, overrides: { partnerId?: string; region?: Region; active?: boolean; email?: string } = {}): Promise<SessionUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = await prisma.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${unique()}@test.example`,
      name: `Test ${role}`,
      role,
      partnerId: overrides.partnerId,
      region: overrides.region,
      active: overrides.active ?? true,
      passwordHash: await passwordHash,
    },
    select: SESSION_USER_SELECT,
  });
  return toSessionUser(user);
}

// ── subcontracting: agreements, Prime SOWs and work authorizations ──

/** An authorized partner that subcontracts to Professional Services (the PS coordinator's scope). */
export async function makeSubcontractor(relationship: SubcontractRelationship = "INDIRECT_STAFF_AUGMENTATION", overrides: { region?: Region } = {}) {
  const partner = await makePartner(overrides);
  return prisma.partner.update({ where: { id: partner.id }, data: { subcontractRelationship: relationship } });
}

/** The MSA and the DPA, each with a published version 1 (made once per database). */
export async function publishSubcontractAgreements(): Promise<Record<"MSA" | "DPA", string>> {
  const publish = async (kind: "MSA" | "DPA") => {
    const template = await prisma.agreementTemplate.upsert({ where: { kind }, create: { kind, name: kind }, update: {}, select: { id: true } });
    const version = await prisma.agreementVersion.upsert({
      where: { templateId_version: { templateId: template.id, version: 1 } },
      create: { templateId: template.id, version: 1, body: `# ${kind}`, publishedAt: new Date("2025-01-01T00:00:00Z") },
      update: {},
      select: { id: true },
    });
    return version.id;
  };
  return { MSA: await publish("MSA"), DPA: await publish("DPA") };
}

/** Records the partner's signed copies of the latest MSA and DPA versions (or only the kinds named). */
export async function executeSubcontractAgreements(partnerId: string, kinds: readonly ("MSA" | "DPA")[] = ["MSA", "DPA"]) {
  const versions = await publishSubcontractAgreements();
  for (const kind of kinds) {
    await prisma.agreementAcceptance.create({
      data: { versionId: versions[kind], partnerId, method: "SIGNED_DOCUMENT", region: "AMER", acceptedAt: new Date("2026-01-15T00:00:00Z") },
    });
  }
}

let sowSerial = 0;

/** A Prime SOW of the partner; its kept sum of authorizations starts at `authorizedCents` (no rows behind it). */
export async function makePrimeSow(
  partnerId: string,
  overrides: {
    status?: SowStatus;
    amountCents?: number;
    authorizedCents?: number;
    invoicedCents?: number;
    rates?: { roleName: string; hourlyRateCents: number }[];
  } = {},
) {
  sowSerial += 1;
  return prisma.primeSow.create({
    data: {
      partnerId,
      number: `TEST-${unique()}-${sowSerial}`,
      amountCents: overrides.amountCents ?? 300_000_00,
      status: overrides.status ?? "ACTIVE",
      authorizedCents: overrides.authorizedCents ?? 0,
      invoicedCents: overrides.invoicedCents ?? 0,
      rates: { create: overrides.rates ?? [{ roleName: "Consultant", hourlyRateCents: 150_00 }] },
    },
    select: { id: true, number: true, partnerId: true, rates: { select: { id: true, roleName: true, hourlyRateCents: true } } },
  });
}
// ── subcontracting: hours and invoices (billing) ──

/** An active Prime SOW of `partnerId` (made a staff-augmentation subcontractor unless it already is one). */
export async function makeActiveSow(partnerId: string, overrides: { amountCents?: number } = {}) {
  await prisma.partner.updateMany({
    where: { id: partnerId, subcontractRelationship: null },
    data: { subcontractRelationship: "INDIRECT_STAFF_AUGMENTATION" },
  });
  return prisma.primeSow.create({
    data: {
      partnerId,
      number: `SOW-${unique()}`,
      amountCents: overrides.amountCents ?? 300_000_00,
      status: "ACTIVE",
      executedAt: new Date(),
      poNumber: `PO-${unique()}`,
    },
  });
}

interface WorkAuthorizationOverrides {
  hoursAuthorized?: number;
  hourlyRateCents?: number;
  status?: "DRAFT" | "ACTIVE" | "COMPLETED" | "CANCELLED";
  customerName?: string;
  projectName?: string;
}

type WorkAuthorizationRow = Awaited<ReturnType<typeof prisma.workAuthorization.create>>;

/** The consultant to assign: a new active one of the partner when not told, none when null. */
export async function makeWorkAuthorization(
  sowId: string,
  overrides?: WorkAuthorizationOverrides & { consultantId?: string },
): Promise<WorkAuthorizationRow & { consultantId: string }>;
export async function makeWorkAuthorization(
  sowId: string,
  overrides: WorkAuthorizationOverrides & { consultantId: null },
): Promise<WorkAuthorizationRow & { consultantId: null }>;
export async function makeWorkAuthorization(sowId: string, overrides: WorkAuthorizationOverrides & { consultantId?: string | null } = {}) {
  const sow = await prisma.primeSow.findUniqueOrThrow({ where: { id: sowId }, select: { partnerId: true } });
  const hoursAuthorized = overrides.hoursAuthorized ?? 100;
  const hourlyRateCents = overrides.hourlyRateCents ?? 150_00;
  const consultantId =
    overrides.consultantId !== undefined
      ? overrides.consultantId
      : (
          await prisma.consultant.create({
            data: { partnerId: sow.partnerId, name: `Consultant ${unique()}`, email: `consultant-${unique()}@test.example`, stage: "ACTIVE" },
            select: { id: true },
          })
        ).id;
  const authorization = await prisma.workAuthorization.create({
    data: {
      sowId,
      projectName: overrides.projectName ?? `Project ${unique()}`,
      customerName: overrides.customerName ?? `Customer ${unique()}`,
      scope: "Migrate the platform.",
      technicalRequirements: "Kubernetes",
      backgroundCheck: "None",
      hourlyRateCents,
      billingTerms: "Net 30",
      travelAndExpenses: "Pre-approved travel only",
      hoursAuthorized,
      amountCents: hoursAuthorized * hourlyRateCents,
      status: overrides.status ?? "ACTIVE",
      ...(consultantId ? { consultants: { create: { consultantId } } } : {}),
    },
  });
  await prisma.primeSow.update({ where: { id: sowId }, data: { authorizedCents: { increment: authorization.amountCents } } });
  return { ...authorization, consultantId };
}
// ── subcontracting: the consultant pipeline ──

/** An active Prime SOW of the partner with one work authorization against it, no consultant assigned. */
export async function makeSowWithWorkAuthorization(
  partnerId: string,
  overrides: { status?: "DRAFT" | "ACTIVE" | "COMPLETED" | "CANCELLED"; projectName?: string } = {},
) {
  const sow = await makeActiveSow(partnerId);
  return makeWorkAuthorization(sow.id, { ...overrides, consultantId: null });
}

/** Earned certifications of `userId` for catalog codes (made when the test database has no catalog). */
export async function grantCertifications(userId: string, partnerId: string, codes: readonly string[], options: { expiresAt?: Date | null } = {}) {
  for (const code of codes) {
    const certification = await prisma.certification.upsert({ where: { code }, create: { code, name: `${code} Specialist`, passingScore: 70 }, update: {} });
    await prisma.earnedCertification.create({
      data: {
        userId,
        partnerId,
        certificationId: certification.id,
        score: 90,
        issuedAt: new Date(Date.now() - 86_400_000),
        expiresAt: options.expiresAt ?? null,
      },
    });
  }
}
