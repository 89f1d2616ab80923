// Small builders for integration tests: each makes one valid row with unique values.
import { randomBytes } from "node:crypto";
import type { Role, Region, PartnerStatus, PartnerTier } from "../../src/generated/prisma/enums";
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

// ── Consultant pipeline (sub-consultants) ──

/** A subcontracting partner (staff augmentation unless told), the PS coordinator's to run. */
export async function makeSubcontractingPartner(
  relationship: "INDIRECT_STAFF_AUGMENTATION" | "INDIRECT_PROJECT_BASED" | "DIRECT" = "INDIRECT_STAFF_AUGMENTATION",
) {
  const partner = await makePartner();
  return prisma.partner.update({ where: { id: partner.id }, data: { subcontractRelationship: relationship } });
}

/** The partner's active Prime SOW with one active work authorization against it (or `status` when told). */
export async function makeWorkAuthorization(
  partnerId: string,
  overrides: { status?: "DRAFT" | "ACTIVE" | "COMPLETED" | "CANCELLED"; projectName?: string } = {},
) {
  const suffix = unique();
  const sow = await prisma.primeSow.create({
    data: { partnerId, number: `PS-SOW-TEST-${suffix}`, amountCents: 300_000_00, status: "ACTIVE", authorizedCents: 40 * 200_00 },
  });
  return prisma.workAuthorization.create({
    data: {
      sowId: sow.id,
      projectName: overrides.projectName ?? `Project ${suffix}`,
      scope: "Migration of the customer's repositories.",
      technicalRequirements: "Self-managed instance.",
      backgroundCheck: "None required",
      hourlyRateCents: 200_00,
      billingTerms: "Monthly in arrears",
      travelAndExpenses: "Remote",
      hoursAuthorized: 40,
      amountCents: 40 * 200_00,
      status: overrides.status ?? "ACTIVE",
    },
  });
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
