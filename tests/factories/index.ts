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
