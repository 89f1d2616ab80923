// Shapes and helpers every part of the demo seed shares.
import { faker } from "@faker-js/faker";
import { subDays } from "date-fns";
import type { PartnerStatus, PartnerTier, PartnerTrack, Region, Role, SubcontractRelationship } from "@/generated/prisma/client";
import type { Tx } from "@/server/create-prisma-client";

export interface SeedContext {
  tx: Tx;
  now: Date;
  passwordHash: string;
}

export interface SeedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

export type PhdRegion = Exclude<Region, "PUBLIC_SECTOR">;

export interface Staff {
  cams: Record<Region, SeedUser>;
  phds: Record<PhdRegion, SeedUser>;
  ps: SeedUser;
  education: SeedUser;
  channelServices: SeedUser;
  admin: SeedUser;
}

export type PartnerKey =
  | "northwind"
  | "otherPartner"
  | "amerSelect"
  | "psp"
  | "amerOpenReseller"
  | "amerTraining"
  | "amerReferral"
  | "emeaSubcontractor"
  | "legalRequest"
  | "emeaApplicant"
  | "ctp"
  | "apacSubcontractor"
  | "apacMsp"
  | "publicSelect"
  | "publicMsp";

export interface SeedPartner {
  id: string;
  key: PartnerKey | undefined;
  legalName: string;
  websiteDomain: string;
  country: string;
  region: Region;
  phdRegion: PhdRegion;
  tier: PartnerTier;
  tracks: PartnerTrack[];
  status: PartnerStatus;
  languages: string[];
  submittedAt: Date;
  decidedAt: Date | null;
  denialReason: string | null;
  subcontract: SubcontractRelationship | null;
  // users[0] is the primary contact and the company's PARTNER_ADMIN.
  users: SeedUser[];
}

// Ids are made here rather than by the database so related rows can go in with createMany;
// they keep the shape of Prisma's cuid() so id validation elsewhere accepts them.
export function newId(): string {
  return `c${faker.string.alphanumeric({ length: 24, casing: "lower" })}`;
}

// @db.Date columns keep the UTC calendar day only.
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function utcMonthStart(date: Date, monthOffset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1));
}

export function daysAgo(ctx: SeedContext, min: number, max = min): Date {
  return subDays(ctx.now, faker.number.int({ min, max }));
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

// fullName() adds titles such as "PhD" or "DDS", which read as job facts on a staff list.
export function personName(): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}`;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function partnerByKey(partners: SeedPartner[], key: PartnerKey): SeedPartner {
  const partner = partners.find((p) => p.key === key);
  if (!partner) throw new Error(`Demo seed: no partner with key ${key}`);
  return partner;
}

export function primaryContact(partner: SeedPartner): SeedUser {
  const [admin] = partner.users;
  if (!admin) throw new Error(`Demo seed: ${partner.legalName} has no users`);
  return admin;
}

export function userAt(partner: SeedPartner, index: number): SeedUser {
  const user = partner.users[index];
  if (!user) throw new Error(`Demo seed: ${partner.legalName} has no user #${index}`);
  return user;
}

export function isAuthorized(partner: SeedPartner): boolean {
  return partner.status === "AUTHORIZED";
}
