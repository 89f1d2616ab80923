// Staff accounts: one per role and region, with the fixed demo sign-in addresses.
import { faker } from "@faker-js/faker";
import { subDays } from "date-fns";
import type { Prisma, Region, Role } from "@/generated/prisma/client";
import { type SeedContext, type SeedPartner, type SeedUser, type Staff, daysAgo, newId, personName } from "./shared";

export function countUsers(partners: SeedPartner[]): number {
  return STAFF_ACCOUNTS.length + partners.reduce((sum, p) => sum + p.users.length, 0);
}

interface StaffAccount {
  email: string;
  role: Role;
  region: Region | null;
  title: string;
}

export const STAFF_ACCOUNTS: StaffAccount[] = [
  { email: "cam@demo.test", role: "CAM", region: "AMER", title: "Channel Account Manager" },
  { email: "cam.emea@demo.test", role: "CAM", region: "EMEA", title: "Channel Account Manager" },
  { email: "cam.apac@demo.test", role: "CAM", region: "APAC", title: "Channel Account Manager" },
  // Public Sector accounts need an owner too; the other CAMs each cover one geographic region.
  { email: "cam.public@demo.test", role: "CAM", region: "PUBLIC_SECTOR", title: "Public Sector Channel Account Manager" },
  { email: "phd@demo.test", role: "PHD", region: "AMER", title: "Partner Help Desk Specialist" },
  { email: "phd.emea@demo.test", role: "PHD", region: "EMEA", title: "Partner Help Desk Specialist" },
  { email: "phd.apac@demo.test", role: "PHD", region: "APAC", title: "Partner Help Desk Specialist" },
  { email: "ps@demo.test", role: "PS_COORDINATOR", region: null, title: "Sr. Channel Solutions Manager" },
  { email: "education@demo.test", role: "EDUCATION_SERVICES", region: null, title: "Education Services Program Manager" },
  { email: "channel.services@demo.test", role: "CHANNEL_SERVICES", region: null, title: "Channel Services Specialist" },
  { email: "admin@demo.test", role: "ADMIN", region: null, title: "Channel Operations Manager" },
];

export function staffRow(ctx: SeedContext, account: StaffAccount): Prisma.UserCreateManyInput & { id: string; createdAt: Date } {
  const createdAt = subDays(ctx.now, 900);
  return {
    id: newId(),
    email: account.email,
    name: personName(),
    passwordHash: ctx.passwordHash,
    role: account.role,
    region: account.region,
    title: account.title,
    phone: faker.phone.number({ style: "international" }),
    emailVerifiedAt: createdAt,
    newsletterOptIn: false,
    lastSignInAt: daysAgo(ctx, 0, 6),
    createdAt,
  };
}

export function staffFromRows(rows: (Prisma.UserCreateManyInput & { id: string; createdAt: Date })[]): Staff {
  const pick = (email: string): SeedUser => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`Demo seed: no staff account ${email}`);
    return { id: row.id, name: row.name, email: row.email, role: row.role, joinedAt: row.createdAt };
  };
  return {
    cams: {
      AMER: pick("cam@demo.test"),
      EMEA: pick("cam.emea@demo.test"),
      APAC: pick("cam.apac@demo.test"),
      PUBLIC_SECTOR: pick("cam.public@demo.test"),
    },
    phds: { AMER: pick("phd@demo.test"), EMEA: pick("phd.emea@demo.test"), APAC: pick("phd.apac@demo.test") },
    ps: pick("ps@demo.test"),
    education: pick("education@demo.test"),
    channelServices: pick("channel.services@demo.test"),
    admin: pick("admin@demo.test"),
  };
}
