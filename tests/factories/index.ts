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

/** A work authorization on `sowId` with a consultant of the SOW's partner assigned to it. */
export async function makeWorkAuthorization(
  sowId: string,
  overrides: {
    hoursAuthorized?: number;
    hourlyRateCents?: number;
    status?: "DRAFT" | "ACTIVE" | "COMPLETED" | "CANCELLED";
    consultantId?: string;
    customerName?: string;
  } = {},
) {
  const sow = await prisma.primeSow.findUniqueOrThrow({ where: { id: sowId }, select: { partnerId: true } });
  const hoursAuthorized = overrides.hoursAuthorized ?? 100;
  const hourlyRateCents = overrides.hourlyRateCents ?? 150_00;
  const consultantId =
    overrides.consultantId ??
    (
      await prisma.consultant.create({
        data: { partnerId: sow.partnerId, name: `Consultant ${unique()}`, email: `consultant-${unique()}@test.example`, stage: "ACTIVE" },
        select: { id: true },
      })
    ).id;
  const authorization = await prisma.workAuthorization.create({
    data: {
      sowId,
      projectName: `Project ${unique()}`,
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
      consultants: { create: { consultantId } },
    },
  });
  await prisma.primeSow.update({ where: { id: sowId }, data: { authorizedCents: { increment: authorization.amountCents } } });
  return { ...authorization, consultantId };
}
