// Demo data for a fresh database: every role has an account and every screen has something to show.
// Names, companies and addresses are invented by faker; the sequence is seeded so each run is identical
// for the same `now`.
import { faker } from "@faker-js/faker";
import type { NotificationType } from "../../src/server/notifications/types";
import type { AuditAction } from "../../src/server/audit/audit-actions";
import { addDays, addHours, addMonths, addYears, subDays, subHours } from "date-fns";
import type {
  AgreementKind,
  CompanySize,
  ConsultantStage,
  CtpOwner,
  CtpSectionKind,
  NfrPlan,
  NfrRequestStatus,
  PartnerStatus,
  PartnerTier,
  PartnerTrack,
  Prisma,
  ReferralFeeStatus,
  ReferralStatus,
  Region,
  Role,
  SowStatus,
  SubcontractRelationship,
  TeamOpsCategory,
} from "@/generated/prisma/client";
import { hashPassword } from "@/server/auth/password";
import { humanize } from "@/lib/humanize";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { PHD_CHECKLIST_POSITIONS } from "@/server/applications/rules";
import type { Db, Tx } from "@/server/create-prisma-client";

const FAKER_SEED = 20261123;
// Written in the same transaction as everything else, so its presence means the whole demo set is there.
const SENTINEL_EMAIL = "admin@demo.test";

export interface SeedDemoOptions {
  password: string;
  log?: (message: string) => void;
  now?: Date;
}

export async function seedDemoData(prisma: Db, options: SeedDemoOptions): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const existing = await prisma.user.findUnique({ where: { email: SENTINEL_EMAIL }, select: { id: true } });
  if (existing) {
    log(`Demo data already present (${SENTINEL_EMAIL} exists); nothing added.`);
    return { created: false };
  }

  const startedAt = performance.now();
  const now = options.now ?? new Date();
  // bcrypt is deliberately slow: one hash shared by every demo account keeps the seed fast.
  const passwordHash = await hashPassword(options.password);
  faker.seed(FAKER_SEED);

  const summary = await prisma.$transaction(
    async (tx) => {
      const ctx: SeedContext = { tx, now, passwordHash };
      const { staff, partners } = await seedUsersAndPartners(ctx);
      await seedAgreements(ctx, staff, partners);
      await seedCertifications(ctx, staff, partners);
      const nfr = await seedNfr(ctx, staff, partners);
      await seedSubcontracting(ctx, staff, partners);
      await seedTeamOps(ctx, partners);
      await seedProgramSettings(ctx);
      await seedActivity(ctx, staff, partners, nfr);
      return { partners: partners.length, users: countUsers(partners), licenses: nfr.licenses.length };
    },
    { timeout: 120_000 },
  );

  const ms = Math.round(performance.now() - startedAt);
  log(`Demo data seeded in ${ms} ms: ${summary.partners} partners, ${summary.users} users, ${summary.licenses} NFR licenses.`);
  return { created: true };
}

// ───────────────────────────── shared shapes and helpers ─────────────────────────────

interface SeedContext {
  tx: Tx;
  now: Date;
  passwordHash: string;
}

interface SeedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

type PhdRegion = Exclude<Region, "PUBLIC_SECTOR">;

interface Staff {
  cams: Record<Region, SeedUser>;
  phds: Record<PhdRegion, SeedUser>;
  ps: SeedUser;
  admin: SeedUser;
}

type PartnerKey =
  | "northwind"
  | "otherPartner"
  | "amerSelect"
  | "psp"
  | "amerOpenReseller"
  | "emeaSubcontractor"
  | "legalRequest"
  | "emeaApplicant"
  | "ctp"
  | "apacSubcontractor"
  | "apacMsp"
  | "publicSelect"
  | "publicMsp";

interface SeedPartner {
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
function newId(): string {
  return `c${faker.string.alphanumeric({ length: 24, casing: "lower" })}`;
}

// @db.Date columns keep the UTC calendar day only.
function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function utcMonthStart(date: Date, monthOffset = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1));
}

function daysAgo(ctx: SeedContext, min: number, max = min): Date {
  return subDays(ctx.now, faker.number.int({ min, max }));
}

function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

// fullName() adds titles such as "PhD" or "DDS", which read as job facts on a staff list.
function personName(): string {
  return `${faker.person.firstName()} ${faker.person.lastName()}`;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function partnerByKey(partners: SeedPartner[], key: PartnerKey): SeedPartner {
  const partner = partners.find((p) => p.key === key);
  if (!partner) throw new Error(`Demo seed: no partner with key ${key}`);
  return partner;
}

function primaryContact(partner: SeedPartner): SeedUser {
  const [admin] = partner.users;
  if (!admin) throw new Error(`Demo seed: ${partner.legalName} has no users`);
  return admin;
}

function userAt(partner: SeedPartner, index: number): SeedUser {
  const user = partner.users[index];
  if (!user) throw new Error(`Demo seed: ${partner.legalName} has no user #${index}`);
  return user;
}

function isAuthorized(partner: SeedPartner): boolean {
  return partner.status === "AUTHORIZED";
}

function countUsers(partners: SeedPartner[]): number {
  return STAFF_ACCOUNTS.length + partners.reduce((sum, p) => sum + p.users.length, 0);
}

// ───────────────────────────── users and partners ─────────────────────────────

interface StaffAccount {
  email: string;
  role: Role;
  region: Region | null;
  title: string;
}

const STAFF_ACCOUNTS: StaffAccount[] = [
  { email: "cam@demo.test", role: "CAM", region: "AMER", title: "Channel Account Manager" },
  { email: "cam.emea@demo.test", role: "CAM", region: "EMEA", title: "Channel Account Manager" },
  { email: "cam.apac@demo.test", role: "CAM", region: "APAC", title: "Channel Account Manager" },
  // Public Sector accounts need an owner too; the other CAMs each cover one geographic region.
  { email: "cam.public@demo.test", role: "CAM", region: "PUBLIC_SECTOR", title: "Public Sector Channel Account Manager" },
  { email: "phd@demo.test", role: "PHD", region: "AMER", title: "Partner Help Desk Specialist" },
  { email: "phd.emea@demo.test", role: "PHD", region: "EMEA", title: "Partner Help Desk Specialist" },
  { email: "phd.apac@demo.test", role: "PHD", region: "APAC", title: "Partner Help Desk Specialist" },
  { email: "ps@demo.test", role: "PS_COORDINATOR", region: null, title: "Sr. Channel Solutions Manager" },
  { email: "admin@demo.test", role: "ADMIN", region: null, title: "Channel Operations Manager" },
];

interface PartnerSpec {
  key?: PartnerKey;
  name?: string;
  region: Region;
  tier: PartnerTier;
  status: PartnerStatus;
  tracks: PartnerTrack[];
  country?: string;
  size?: CompanySize;
  userCount?: number;
  // Pinned for partners whose certification history reaches back two years.
  joinedDaysAgo?: number;
  // Fixed sign-in addresses for the first users of the company, in order.
  demoEmails?: string[];
  subcontract?: SubcontractRelationship;
}

const PARTNER_SPECS: PartnerSpec[] = [
  {
    key: "northwind",
    name: "Northwind Cloud Partners",
    region: "AMER",
    tier: "SELECT",
    status: "AUTHORIZED",
    tracks: ["RESELLER", "SERVICES"],
    country: "United States",
    size: "SIZE_51_200",
    userCount: 5,
    joinedDaysAgo: 820,
    demoEmails: ["partner.admin@demo.test", "partner.user@demo.test"],
    subcontract: "INDIRECT_STAFF_AUGMENTATION",
  },
  { key: "amerSelect", region: "AMER", tier: "SELECT", status: "AUTHORIZED", tracks: ["RESELLER", "MSP"] },
  { region: "AMER", tier: "OPEN", status: "AUTHORIZED", tracks: ["REFERRAL"] },
  {
    key: "psp",
    region: "AMER",
    tier: "SELECT",
    status: "AUTHORIZED",
    tracks: ["SERVICES", "TRAINING"],
    userCount: 5,
    joinedDaysAgo: 880,
  },
  { region: "AMER", tier: "OPEN", status: "AUTHORIZED", tracks: ["TEAMOPS_CONSULTANT"] },
  { key: "amerOpenReseller", region: "AMER", tier: "OPEN", status: "AUTHORIZED", tracks: ["RESELLER"] },
  { region: "AMER", tier: "SELECT", status: "AUTHORIZED", tracks: ["RESELLER", "SERVICES", "TRAINING"] },
  { region: "AMER", tier: "OPEN", status: "AUTHORIZED", tracks: ["TEAMOPS_TOOL"] },
  { region: "AMER", tier: "OPEN", status: "SUBMITTED", tracks: ["RESELLER"] },
  { region: "AMER", tier: "OPEN", status: "IN_REVIEW", tracks: ["SERVICES", "REFERRAL"] },
  { region: "AMER", tier: "OPEN", status: "DENIED", tracks: ["RESELLER"] },
  {
    key: "otherPartner",
    region: "EMEA",
    tier: "OPEN",
    status: "AUTHORIZED",
    tracks: ["REFERRAL", "MSP"],
    userCount: 3,
    joinedDaysAgo: 850,
    demoEmails: ["other.partner@demo.test"],
  },
  {
    key: "emeaSubcontractor",
    region: "EMEA",
    tier: "SELECT",
    status: "AUTHORIZED",
    tracks: ["RESELLER", "SERVICES"],
    subcontract: "INDIRECT_PROJECT_BASED",
  },
  { region: "EMEA", tier: "SELECT", status: "AUTHORIZED", tracks: ["TEAMOPS_CONSULTANT", "TRAINING"] },
  { region: "EMEA", tier: "OPEN", status: "AUTHORIZED", tracks: ["TEAMOPS_TOOL"] },
  { key: "legalRequest", region: "EMEA", tier: "OPEN", status: "AUTHORIZED", tracks: ["RESELLER"] },
  { region: "EMEA", tier: "OPEN", status: "SUBMITTED", tracks: ["SERVICES"] },
  { key: "emeaApplicant", region: "EMEA", tier: "OPEN", status: "IN_REVIEW", tracks: ["RESELLER", "MSP"] },
  { region: "EMEA", tier: "OPEN", status: "DENIED", tracks: ["REFERRAL"] },
  { key: "ctp", region: "APAC", tier: "SELECT", status: "AUTHORIZED", tracks: ["TRAINING", "SERVICES"], userCount: 4 },
  { region: "APAC", tier: "OPEN", status: "AUTHORIZED", tracks: ["RESELLER", "REFERRAL"] },
  {
    key: "apacSubcontractor",
    region: "APAC",
    tier: "SELECT",
    status: "AUTHORIZED",
    tracks: ["SERVICES"],
    subcontract: "INDIRECT_STAFF_AUGMENTATION",
  },
  { region: "APAC", tier: "OPEN", status: "AUTHORIZED", tracks: ["TEAMOPS_CONSULTANT"] },
  { key: "apacMsp", region: "APAC", tier: "OPEN", status: "AUTHORIZED", tracks: ["MSP"] },
  { region: "APAC", tier: "OPEN", status: "SUBMITTED", tracks: ["RESELLER"] },
  { region: "APAC", tier: "OPEN", status: "IN_REVIEW", tracks: ["TEAMOPS_TOOL"] },
  { key: "publicSelect", region: "PUBLIC_SECTOR", tier: "SELECT", status: "AUTHORIZED", tracks: ["RESELLER", "SERVICES"] },
  { region: "PUBLIC_SECTOR", tier: "OPEN", status: "AUTHORIZED", tracks: ["RESELLER"] },
  { key: "publicMsp", region: "PUBLIC_SECTOR", tier: "SELECT", status: "AUTHORIZED", tracks: ["MSP", "SERVICES"] },
  { region: "PUBLIC_SECTOR", tier: "OPEN", status: "SUBMITTED", tracks: ["REFERRAL"] },
];

const COUNTRIES: Record<Region, { country: string; languages: string[] }[]> = {
  AMER: [
    { country: "United States", languages: ["English"] },
    { country: "Canada", languages: ["English", "French"] },
    { country: "Brazil", languages: ["Portuguese", "English"] },
    { country: "Mexico", languages: ["Spanish", "English"] },
  ],
  EMEA: [
    { country: "United Kingdom", languages: ["English"] },
    { country: "Germany", languages: ["German", "English"] },
    { country: "France", languages: ["French", "English"] },
    { country: "Netherlands", languages: ["Dutch", "English"] },
    { country: "Sweden", languages: ["Swedish", "English"] },
    { country: "South Africa", languages: ["English", "Afrikaans"] },
    { country: "United Arab Emirates", languages: ["Arabic", "English"] },
  ],
  APAC: [
    { country: "Australia", languages: ["English"] },
    { country: "Japan", languages: ["Japanese", "English"] },
    { country: "Singapore", languages: ["English", "Mandarin"] },
    { country: "India", languages: ["English", "Hindi"] },
    { country: "New Zealand", languages: ["English"] },
  ],
  PUBLIC_SECTOR: [{ country: "United States", languages: ["English"] }],
};

const WORK_PLAN_BY_TRACK: Record<PartnerTrack, string> = {
  RESELLER: "resell subscriptions",
  SERVICES: "deliver implementation and migration projects",
  REFERRAL: "refer customers who need more than we offer",
  MSP: "run the platform as a managed service",
  TRAINING: "teach certified courses",
  TEAMOPS_CONSULTANT: "coach teams adopting TeamOps",
  TEAMOPS_TOOL: "integrate our TeamOps tool",
};

const SERVICES_BY_TRACK: Record<PartnerTrack, string[]> = {
  RESELLER: ["License resale", "Renewals and true-ups"],
  SERVICES: ["Implementation", "Migration services", "CI/CD pipeline design"],
  REFERRAL: ["Opportunity referral"],
  MSP: ["Managed hosting", "24/7 platform operations"],
  TRAINING: ["Instructor-led training", "Certification bootcamps"],
  TEAMOPS_CONSULTANT: ["Remote-work change management", "Operating model workshops"],
  TEAMOPS_TOOL: ["Async collaboration tooling"],
};

const DENIAL_REASONS = [
  "The website does not describe an operating business and the company could not be validated.",
  "Duplicate application: the company is already covered by an existing partner account.",
];

const PARTNER_SIZES: CompanySize[] = ["SIZE_1_10", "SIZE_11_50", "SIZE_51_200", "SIZE_201_1000", "SIZE_1001_PLUS"];

async function seedUsersAndPartners(ctx: SeedContext): Promise<{ staff: Staff; partners: SeedPartner[] }> {
  const staffRows = STAFF_ACCOUNTS.map((account) => staffRow(ctx, account));
  const staff = staffFromRows(staffRows);

  const usedNames = new Set<string>();
  const usedEmails = new Set<string>(STAFF_ACCOUNTS.map((a) => a.email));
  const partnerRows: Prisma.PartnerCreateManyInput[] = [];
  const userRows: Prisma.UserCreateManyInput[] = [];
  const partners: SeedPartner[] = [];
  let denials = 0;

  for (const spec of PARTNER_SPECS) {
    const denialReason = spec.status === "DENIED" ? (DENIAL_REASONS[denials++ % DENIAL_REASONS.length] ?? null) : null;
    const { row, partner } = buildPartner(ctx, spec, staff, usedNames, denialReason);
    const users = buildPartnerUsers(ctx, spec, partner, usedEmails);
    partner.users = users.map(({ id, name, email, role, createdAt }) => ({ id, name, email, role, joinedAt: createdAt }));
    partnerRows.push(row);
    userRows.push(...users);
    partners.push(partner);
  }
  if (new Set(partnerRows.map((r) => r.websiteDomain)).size !== partnerRows.length) {
    throw new Error("Demo seed: generated website domains are not unique");
  }

  // Staff first: partners reference their CAM owner, partner users reference their partner.
  await ctx.tx.user.createMany({ data: staffRows });
  await ctx.tx.partner.createMany({ data: partnerRows });
  await ctx.tx.user.createMany({ data: userRows });
  await seedApplicantReviews(ctx, staff, partners);
  return { staff, partners };
}

function staffRow(ctx: SeedContext, account: StaffAccount): Prisma.UserCreateManyInput & { id: string; createdAt: Date } {
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

function staffFromRows(rows: (Prisma.UserCreateManyInput & { id: string; createdAt: Date })[]): Staff {
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
    admin: pick("admin@demo.test"),
  };
}

function uniqueCompanyName(usedNames: Set<string>): string {
  for (;;) {
    const name = faker.company.name();
    if (!usedNames.has(name)) return name;
  }
}

function buildPartner(
  ctx: SeedContext,
  spec: PartnerSpec,
  staff: Staff,
  usedNames: Set<string>,
  denialReason: string | null,
): { row: Prisma.PartnerCreateManyInput; partner: SeedPartner } {
  const legalName = spec.name ?? uniqueCompanyName(usedNames);
  usedNames.add(legalName);
  const website = `https://${slugify(legalName)}.example.com`;
  const websiteDomain = new URL(website).host.toLowerCase();
  const place =
    COUNTRIES[spec.region].find((c) => c.country === spec.country) ?? faker.helpers.arrayElement(COUNTRIES[spec.region]);
  const phdRegion: PhdRegion = spec.region === "PUBLIC_SECTOR" ? "AMER" : spec.region;
  const authorized = spec.status === "AUTHORIZED";
  const submittedAt = spec.joinedDaysAgo ? subDays(ctx.now, spec.joinedDaysAgo) : submittedAtFor(ctx, spec);
  const decidedAt = authorized || spec.status === "DENIED" ? addDays(submittedAt, faker.number.int({ min: 3, max: 12 })) : null;
  const cities = faker.helpers.multiple(() => faker.location.city(), { count: { min: 1, max: 3 } });
  const services = [...new Set(spec.tracks.flatMap((t) => SERVICES_BY_TRACK[t]))];
  const phd = staff.phds[phdRegion];
  const id = newId();

  const row: Prisma.PartnerCreateManyInput = {
    id,
    legalName,
    website,
    websiteDomain,
    country: place.country,
    region: spec.region,
    phdRegion,
    size: spec.size ?? faker.helpers.arrayElement(PARTNER_SIZES),
    tier: spec.tier,
    tracks: spec.tracks,
    status: spec.status,
    crmId: authorized ? `001${faker.string.alphanumeric({ length: 15 })}` : null,
    camOwnerId: authorized ? staff.cams[spec.region].id : null,
    description: `${faker.company.catchPhrase()}. ${legalName} works with customers across ${place.country}, focusing on ${services
      .slice(0, 2)
      .join(" and ")
      .toLowerCase()}.`,
    locations: cities.map((city) => `${city}, ${place.country}`),
    languages: place.languages,
    services,
    subcontractRelationship: spec.subcontract ?? null,
    workPlan: `We plan to ${spec.tracks.map((track) => WORK_PLAN_BY_TRACK[track]).join(", and to ")} for customers in ${place.country}.`,
    contractSignedAt: authorized ? submittedAt : null,
    submittedAt,
    decidedAt,
    denialReason,
    lastPhdReviewAt: decidedAt && authorized && spec.tier === "SELECT" ? daysAgo(ctx, 5, 80) : decidedAt,
    accountNotes: decidedAt
      ? `${decidedAt.toISOString().slice(0, 10)} Applicant review by ${phd.name}: ${authorized ? "approved, CAM notified." : `denied. ${denialReason}`}`
      : "",
    createdAt: submittedAt,
  };
  const partner: SeedPartner = {
    id,
    key: spec.key,
    legalName,
    websiteDomain,
    country: place.country,
    region: spec.region,
    phdRegion,
    tier: spec.tier,
    tracks: spec.tracks,
    status: spec.status,
    languages: place.languages,
    submittedAt,
    decidedAt,
    denialReason,
    subcontract: spec.subcontract ?? null,
    users: [],
  };
  return { row, partner };
}

// Applicants arrived over the past weeks (the PHD queue); authorized partners joined months or years ago,
// subcontractors long enough ago to have signed their MSA and DPA as partners.
function submittedAtFor(ctx: SeedContext, spec: PartnerSpec): Date {
  if (spec.subcontract) return daysAgo(ctx, 300, 900);
  switch (spec.status) {
    case "SUBMITTED":
      return daysAgo(ctx, 1, 21);
    case "IN_REVIEW":
      return daysAgo(ctx, 7, 28);
    case "DENIED":
      return daysAgo(ctx, 30, 90);
    default:
      return daysAgo(ctx, 150, 900);
  }
}

function buildPartnerUsers(
  ctx: SeedContext,
  spec: PartnerSpec,
  partner: SeedPartner,
  usedEmails: Set<string>,
): (Prisma.UserCreateManyInput & Omit<SeedUser, "joinedAt"> & { createdAt: Date })[] {
  // An applicant has only the person who registered; authorized companies have invited colleagues.
  const count = partner.status === "AUTHORIZED" ? (spec.userCount ?? faker.number.int({ min: 2, max: 6 })) : 1;
  return Array.from({ length: count }, (_, index) => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = spec.demoEmails?.[index] ?? uniqueEmail(`${firstName}.${lastName}`, partner.websiteDomain, usedEmails);
    usedEmails.add(email);
    // Colleagues are invited once the company is in the program.
    const joined = index === 0 ? partner.submittedAt : addDays(partner.decidedAt ?? partner.submittedAt, faker.number.int({ min: 1, max: 60 }));
    // The primary contact becomes the partner admin when the application is approved, not before.
    const role: Role = index === 0 && partner.status === "AUTHORIZED" ? "PARTNER_ADMIN" : "PARTNER_USER";
    return {
      id: newId(),
      email,
      name: `${firstName} ${lastName}`,
      passwordHash: ctx.passwordHash,
      role,
      partnerId: partner.id,
      title: faker.person.jobTitle(),
      // Deal registration needs the primary contact's phone (review checklist item 7).
      phone: index === 0 ? faker.phone.number({ style: "international" }) : null,
      emailVerifiedAt: earliest(addHours(joined, 1), ctx.now),
      newsletterOptIn: faker.datatype.boolean(),
      lastSignInAt: partner.status === "AUTHORIZED" ? daysAgo(ctx, 0, 40) : null,
      createdAt: earliest(joined, ctx.now),
    };
  });
}

function personEmail(firstName: string, lastName: string, domain: string): string {
  return `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${domain}`;
}

function uniqueEmail(localPart: string, domain: string, usedEmails: Set<string>): string {
  const base = localPart.toLowerCase().replace(/[^a-z.]/g, "");
  for (let n = 1; ; n++) {
    const email = `${base}${n === 1 ? "" : n}@${domain}`;
    if (!usedEmails.has(email)) return email;
  }
}

// Applicants in review have a PHD's checklist under way; the first few items are answered.
async function seedApplicantReviews(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const reviews: Prisma.PartnerReviewCreateManyInput[] = [];
  const items: Prisma.PartnerReviewItemCreateManyInput[] = [];
  for (const partner of partners.filter((p) => p.status === "IN_REVIEW")) {
    const reviewer = staff.phds[partner.phdRegion];
    const startedAt = earliest(addDays(partner.submittedAt, 2), ctx.now);
    const reviewId = newId();
    // The PHD answers their items first; the four that approval does stay open until then.
    const answeredPositions = new Set(PHD_CHECKLIST_POSITIONS.slice(0, faker.number.int({ min: 2, max: 4 })));
    reviews.push({ id: reviewId, partnerId: partner.id, kind: "APPLICANT", reviewerId: reviewer.id, startedAt });
    for (let position = 1; position <= 10; position++) {
      const done = answeredPositions.has(position);
      items.push({
        reviewId,
        position,
        answer: done ? true : null,
        answeredById: done ? reviewer.id : null,
        answeredAt: done ? addHours(startedAt, position) : null,
      });
    }
  }
  await ctx.tx.partnerReview.createMany({ data: reviews });
  await ctx.tx.partnerReviewItem.createMany({ data: items });
}

// ───────────────────────────── agreements ─────────────────────────────

interface AgreementText {
  name: string;
  scope: string;
  obligations: string;
}

const AGREEMENT_TEXT: Record<AgreementKind, AgreementText> = {
  MPA: {
    name: "Master Partner Agreement",
    scope:
      "This Agreement sets the terms on which Partner may market, resell, refer or deliver services for the Vendor's software. Track-specific addenda add to it and prevail only where they say so.",
    obligations:
      "Partner keeps accurate company details in the partner portal, uses the Vendor's marks only as the brand guidelines allow, and complies with anti-bribery and export laws in every country where it operates.",
  },
  RESELLER_ADDENDUM: {
    name: "Reseller Addendum",
    scope:
      "Partner may buy subscriptions from the Vendor or an authorized distributor and resell them to end customers in its Territory under the Vendor's current end-user terms.",
    obligations:
      "Partner registers each opportunity before quoting, passes the end-user terms to every customer, and reports renewals at least 30 days before the subscription ends.",
  },
  REFERRAL_SERVICES_ADDENDUM: {
    name: "Referral and Services Addendum",
    scope:
      "Partner may refer opportunities to the Vendor for a referral fee and may deliver implementation, migration and advisory services around the Vendor's software.",
    obligations:
      "Services are delivered by staff holding current Vendor certifications; referral fees are paid only on registered opportunities that close within 12 months.",
  },
  MSP_AGREEMENT: {
    name: "Managed Services Provider Agreement",
    scope:
      "Partner may host and operate the Vendor's software as a managed service for its own customers, billed monthly on consumption.",
    obligations:
      "Partner reports monthly usage by the fifth business day, maintains documented security controls, and gives customers a support path that escalates to the Vendor.",
  },
  TRAINING_ADDENDUM: {
    name: "Training Partner Addendum",
    scope:
      "Partner may deliver the Vendor's official courses using licensed course material and certified trainers, in the languages and regions listed in its profile.",
    obligations:
      "Only certified trainers teach official courses; Partner collects course feedback, shares attendance quarterly and does not alter licensed material.",
  },
  MSA: {
    name: "Master Professional Services Agreement",
    scope:
      "Partner provides consultants to the Vendor's Professional Services organization under work authorizations issued against a Prime Partner Statement of Work.",
    obligations:
      "Consultants pass the Vendor's vetting before starting, log time weekly, and invoice monthly in arrears; expenses need prior written approval and receipts.",
  },
  DPA: {
    name: "Data Processing Agreement",
    scope:
      "This Agreement governs personal data Partner processes on the Vendor's behalf while delivering services, as a processor acting on documented instructions.",
    obligations:
      "Partner applies the technical and organizational measures in Annex 2, notifies the Vendor of a personal data breach within 48 hours, and uses sub-processors only with prior written consent.",
  },
};

const AGREEMENT_KINDS = Object.keys(AGREEMENT_TEXT) as AgreementKind[];
const MPA_V2_NOTE = "> Version 2 adds section 4 (Data protection) and shortens the payment term from 45 to 30 days.";
const MPA_V2_DATA_PROTECTION =
  "Where Partner processes personal data of the Vendor's customers, it does so only on documented instructions, engages sub-processors only with the Vendor's prior written consent, and reports a personal data breach within 48 hours of becoming aware of it.";

function agreementBody(kind: AgreementKind, version: number): string {
  const { name, scope, obligations } = AGREEMENT_TEXT[kind];
  const mpaV2 = kind === "MPA" && version >= 2;
  const sections: [string, string][] = [
    ["Scope", scope],
    ["Partner obligations", obligations],
    [
      "Fees and payment",
      `Invoices are payable within ${mpaV2 ? 30 : 45} days of the invoice date, in the currency stated on the order. Amounts are exclusive of taxes.`,
    ],
    ...(mpaV2 ? [["Data protection", MPA_V2_DATA_PROTECTION] as [string, string]] : []),
    [
      "Confidentiality",
      "Each party protects the other's confidential information with at least reasonable care and uses it only to perform this Agreement.",
    ],
    [
      "Term and termination",
      "This Agreement runs for one year and renews automatically for further one-year terms unless either party gives 60 days' written notice. Either party may terminate for an uncured material breach after 30 days' notice.",
    ],
    [
      "Limitation of liability",
      "Neither party is liable for indirect or consequential damages. Each party's total liability is limited to the fees paid or payable in the 12 months before the claim.",
    ],
  ];
  return [
    `# ${name}`,
    `Version ${version}`,
    ...(mpaV2 ? [MPA_V2_NOTE] : []),
    ...sections.flatMap(([title, text], index) => [`## ${index + 1}. ${title}`, text]),
  ].join("\n\n");
}

interface VersionRef {
  id: string;
  kind: AgreementKind;
  version: number;
  publishedAt: Date;
}

async function seedAgreements(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const firstPublished = subDays(ctx.now, 1100);
  const templates: Prisma.AgreementTemplateCreateManyInput[] = [];
  const versionRows: Prisma.AgreementVersionCreateManyInput[] = [];
  const versions: VersionRef[] = [];
  for (const kind of AGREEMENT_KINDS) {
    const templateId = newId();
    templates.push({ id: templateId, kind, name: AGREEMENT_TEXT[kind].name, createdAt: firstPublished });
    const published = kind === "MPA" ? [firstPublished, subDays(ctx.now, 21)] : [firstPublished];
    published.forEach((publishedAt, index) => {
      const ref: VersionRef = { id: newId(), kind, version: index + 1, publishedAt };
      versions.push(ref);
      versionRows.push({
        id: ref.id,
        templateId,
        version: ref.version,
        body: agreementBody(kind, ref.version),
        publishedAt,
        publishedById: staff.admin.id,
        createdAt: subDays(publishedAt, 7),
      });
    });
  }
  await ctx.tx.agreementTemplate.createMany({ data: templates });
  await ctx.tx.agreementVersion.createMany({ data: versionRows });

  await ctx.tx.agreementAcceptance.createMany({ data: buildAcceptances(ctx, partners, versions) });

  const legalPartner = partnerByKey(partners, "legalRequest");
  await ctx.tx.legalRequest.create({
    data: {
      partnerId: legalPartner.id,
      versionId: latestVersion(versions, "MPA", ctx.now).id,
      requestedById: primaryContact(legalPartner).id,
      status: "OPEN",
      reason:
        "Our counsel cannot accept the new section 4 (Data protection) as written: we ask that sub-processor approval be given by notice rather than prior written consent, and for a 72-hour breach notification window.",
      createdAt: daysAgo(ctx, 4),
    },
  });
}

function latestVersion(versions: VersionRef[], kind: AgreementKind, at: Date): VersionRef {
  const published = versions.filter((v) => v.kind === kind && v.publishedAt <= at).sort((a, b) => b.version - a.version);
  const [latest] = published;
  if (!latest) throw new Error(`Demo seed: no published ${kind} at ${at.toISOString()}`);
  return latest;
}

function acceptance(
  ctx: SeedContext,
  partner: SeedPartner,
  version: VersionRef,
  acceptedAt: Date,
  method: "CLICK_THROUGH" | "SIGNED_DOCUMENT" = "CLICK_THROUGH",
): Prisma.AgreementAcceptanceCreateManyInput {
  const clickThrough = method === "CLICK_THROUGH";
  return {
    versionId: version.id,
    partnerId: partner.id,
    userId: primaryContact(partner).id,
    method,
    region: partner.region,
    ip: clickThrough ? faker.internet.ipv4() : null,
    userAgent: clickThrough ? faker.internet.userAgent() : null,
    acceptedAt: earliest(acceptedAt, ctx.now),
  };
}

// Every applicant clicked through the agreements its tracks need, in the versions published on the day it applied.
// Most authorized partners have since accepted MPA v2; the demo partners have, the legal-request partner has not.
function buildAcceptances(
  ctx: SeedContext,
  partners: SeedPartner[],
  versions: VersionRef[],
): Prisma.AgreementAcceptanceCreateManyInput[] {
  const rows: Prisma.AgreementAcceptanceCreateManyInput[] = [];
  const mpaV2 = latestVersion(versions, "MPA", ctx.now);
  for (const partner of partners.filter((p) => p.status !== "DENIED")) {
    for (const kind of requiredAgreementKinds(partner.tracks)) {
      rows.push(acceptance(ctx, partner, latestVersion(versions, kind, partner.submittedAt), partner.submittedAt));
    }
    const acceptedV1 = latestVersion(versions, "MPA", partner.submittedAt).id !== mpaV2.id;
    const acceptsV2 =
      isAuthorized(partner) &&
      acceptedV1 &&
      partner.key !== "legalRequest" &&
      (partner.key === "northwind" || partner.key === "otherPartner" || partner.subcontract !== null || faker.datatype.boolean());
    if (acceptsV2) rows.push(acceptance(ctx, partner, mpaV2, daysAgo(ctx, 1, 20)));
    if (partner.subcontract) {
      const signedAt = subDays(ctx.now, 170);
      rows.push(acceptance(ctx, partner, latestVersion(versions, "MSA", signedAt), signedAt, "SIGNED_DOCUMENT"));
      rows.push(acceptance(ctx, partner, latestVersion(versions, "DPA", signedAt), addDays(signedAt, 2), "SIGNED_DOCUMENT"));
    }
  }
  return rows;
}

// ───────────────────────────── certifications ─────────────────────────────

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

async function seedCertifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
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

// ───────────────────────────── NFR ─────────────────────────────

interface NfrSpec {
  partner: PartnerKey;
  requester: "admin" | "user" | "cam";
  status: NfrRequestStatus;
  usersCount: number;
  plan: NfrPlan;
  isRenewal: boolean;
  daysAgo: number;
  justification: string;
  infoRequest?: string;
  rejectionReason?: string;
}

// Northwind holds 2 active licenses (15 users) and has one more request waiting: under its Select cap of 25
// whichever way the cap is counted.
const NFR_SPECS: NfrSpec[] = [
  {
    partner: "northwind",
    requester: "admin",
    status: "APPROVED",
    usersCount: 10,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 200,
    justification: "Sales engineers need a shared demo instance for customer proof-of-concept workshops.",
  },
  {
    partner: "northwind",
    requester: "admin",
    status: "APPROVED",
    usersCount: 5,
    plan: "PREMIUM",
    isRenewal: false,
    daysAgo: 40,
    justification: "A separate sandbox for the services team to rehearse customer migrations.",
  },
  {
    partner: "northwind",
    requester: "user",
    status: "SUBMITTED",
    usersCount: 5,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 1,
    justification: "New consultants joining the migration practice need hands-on access before their first project.",
  },
  {
    partner: "amerSelect",
    requester: "cam",
    status: "APPROVED",
    usersCount: 20,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 420,
    justification: "Managed-services team needs a reference environment mirroring customer deployments.",
  },
  {
    partner: "amerSelect",
    requester: "admin",
    status: "APPROVED",
    usersCount: 20,
    plan: "ULTIMATE",
    isRenewal: true,
    daysAgo: 50,
    justification: "Renewal of our reference environment; it runs the weekly customer demo schedule.",
  },
  {
    partner: "otherPartner",
    requester: "admin",
    status: "INFO_REQUESTED",
    usersCount: 10,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 5,
    justification: "Demo environment for our managed-services pre-sales team.",
    infoRequest: "Please tell us which team will use the licenses and how many customer demos you run each month.",
  },
  {
    partner: "emeaSubcontractor",
    requester: "admin",
    status: "APPROVED",
    usersCount: 15,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 120,
    justification: "Internal enablement and certification practice for our services consultants.",
  },
  {
    partner: "ctp",
    requester: "cam",
    status: "APPROVED",
    usersCount: 8,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 90,
    justification: "Classroom environment for trainer candidates preparing official courses.",
  },
  {
    partner: "publicMsp",
    requester: "admin",
    status: "APPROVED",
    usersCount: 12,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 30,
    justification: "Accredited test environment needed before agency pilots can start.",
  },
  {
    partner: "publicSelect",
    requester: "cam",
    status: "SUBMITTED",
    usersCount: 25,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 3,
    justification: "Partner is standing up a public-sector demo lab ahead of a state-wide procurement.",
  },
  {
    partner: "apacMsp",
    requester: "admin",
    status: "SUBMITTED",
    usersCount: 6,
    plan: "PREMIUM",
    isRenewal: false,
    daysAgo: 2,
    justification: "Operations staff need a staging environment to test upgrades before rolling them to customers.",
  },
  {
    partner: "amerOpenReseller",
    requester: "admin",
    status: "REJECTED",
    usersCount: 50,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 25,
    justification: "Licenses for the whole company.",
    rejectionReason:
      "Fifty users is far more than the demo team described. Please resubmit with the number of people who run customer demos.",
  },
  {
    partner: "emeaApplicant",
    requester: "admin",
    status: "REJECTED",
    usersCount: 10,
    plan: "ULTIMATE",
    isRenewal: false,
    daysAgo: 6,
    justification: "We would like to evaluate the product while our application is reviewed.",
    rejectionReason: "NFR licenses are for Authorized partners; please request again once your application is approved.",
  },
];

interface SeededNfr {
  requests: { id: string; partner: SeedPartner; status: NfrRequestStatus; usersCount: number; plan: NfrPlan; decidedAt: Date | null }[];
  licenses: { id: string; partner: SeedPartner }[];
}

async function seedNfr(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<SeededNfr> {
  const requestRows: Prisma.NfrRequestCreateManyInput[] = [];
  const licenseRows: Prisma.NfrLicenseCreateManyInput[] = [];
  const seeded: SeededNfr = { requests: [], licenses: [] };
  // A non-renewal for a partner that already holds active licenses shares their expiry date.
  const activeExpiry = new Map<string, Date>();
  let sequence = 100;

  // Oldest first, so "already holds active licenses" is decided in the order the approvals happened.
  for (const spec of [...NFR_SPECS].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const partner = partnerByKey(partners, spec.partner);
    const contact = spec.requester === "user" ? userAt(partner, 1) : primaryContact(partner);
    const requester = spec.requester === "cam" ? staff.cams[partner.region] : contact;
    const createdAt = subDays(ctx.now, spec.daysAgo);
    const decided = spec.status === "APPROVED" || spec.status === "REJECTED";
    const decidedAt = decided ? earliest(addDays(createdAt, 2), ctx.now) : null;
    const id = newId();
    requestRows.push({
      id,
      partnerId: partner.id,
      requestedById: requester.id,
      contactName: contact.name,
      contactEmail: contact.email,
      usersCount: spec.usersCount,
      plan: spec.plan,
      isRenewal: spec.isRenewal,
      justification: spec.justification,
      status: spec.status,
      infoRequest: spec.infoRequest ?? null,
      rejectionReason: spec.rejectionReason ?? null,
      decidedById: decided ? staff.phds[partner.phdRegion].id : null,
      decidedAt,
      createdAt,
      updatedAt: decidedAt ?? createdAt,
    });
    seeded.requests.push({ id, partner, status: spec.status, usersCount: spec.usersCount, plan: spec.plan, decidedAt });
    if (spec.status !== "APPROVED" || !decidedAt) continue;

    const startsOn = utcDay(decidedAt);
    const held = activeExpiry.get(partner.id);
    const expiresOn = held && held > ctx.now && !spec.isRenewal ? held : utcDay(addYears(startsOn, 1));
    activeExpiry.set(partner.id, expiresOn);
    sequence += faker.number.int({ min: 1, max: 40 });
    const licenseId = newId();
    licenseRows.push({
      id: licenseId,
      partnerId: partner.id,
      requestId: id,
      name: contact.name,
      companyName: partner.legalName,
      email: contact.email,
      usersCount: spec.usersCount,
      plan: spec.plan,
      startsOn,
      expiresOn,
      notes: `${spec.usersCount} ${spec.plan} NFR Licenses for Partner: ${partner.legalName}`,
      licenseKey: faker.helpers.multiple(() => faker.string.alphanumeric({ length: 5, casing: "upper" }), { count: 5 }).join("-"),
      referenceNumber: `NFR-${startsOn.getUTCFullYear()}-${String(sequence).padStart(6, "0")}`,
      status: expiresOn < utcDay(ctx.now) ? "EXPIRED" : "ACTIVE",
      createdAt: decidedAt,
    });
    seeded.licenses.push({ id: licenseId, partner });
  }
  await ctx.tx.nfrRequest.createMany({ data: requestRows });
  await ctx.tx.nfrLicense.createMany({ data: licenseRows });
  return seeded;
}

// ───────────────────────────── subcontracting ─────────────────────────────

const SOW_AMOUNT_CENTS = 30_000_000;
const SOW_RATES = [
  { roleName: "Senior Consultant", hourlyRateCents: 22_500 },
  { roleName: "Consultant", hourlyRateCents: 17_500 },
  { roleName: "Project Manager", hourlyRateCents: 19_500 },
];

interface SowPlan {
  partner: PartnerKey;
  status: SowStatus;
  createdDaysAgo: number;
}

const SOW_PLANS: SowPlan[] = [
  { partner: "northwind", status: "ACTIVE", createdDaysAgo: 150 },
  { partner: "emeaSubcontractor", status: "REDLINES", createdDaysAgo: 30 },
  { partner: "apacSubcontractor", status: "DRAFT", createdDaysAgo: 3 },
];

async function seedSubcontracting(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const year = ctx.now.getUTCFullYear();
  const sows = SOW_PLANS.map((plan, index) => {
    const partner = partnerByKey(partners, plan.partner);
    const createdAt = subDays(ctx.now, plan.createdDaysAgo);
    const active = plan.status === "ACTIVE";
    return {
      partner,
      row: {
        id: newId(),
        partnerId: partner.id,
        number: `PS-SOW-${year}-${String(index + 1).padStart(3, "0")}`,
        amountCents: SOW_AMOUNT_CENTS,
        status: plan.status,
        poNumber: active ? `PO-45${faker.string.numeric(8)}` : null,
        sentAt: plan.status === "DRAFT" ? null : addDays(createdAt, 5),
        executedAt: active ? addDays(createdAt, 20) : null,
        poApprovedAt: active ? addDays(createdAt, 30) : null,
        createdAt,
        updatedAt: createdAt,
      } satisfies Prisma.PrimeSowCreateManyInput,
    };
  });
  await ctx.tx.primeSow.createMany({ data: sows.map((s) => s.row) });
  await ctx.tx.sowRate.createMany({
    data: sows.flatMap((s) => SOW_RATES.map((rate) => ({ sowId: s.row.id, ...rate }))),
  });

  const [activeSow, ...pipelineSows] = sows;
  if (!activeSow) throw new Error("Demo seed: no active SOW planned");
  await seedActiveSowDelivery(ctx, staff, activeSow.partner, activeSow.row.id);
  await seedCandidateConsultants(ctx, pipelineSows.map((s) => s.partner));
}

interface WorkAuthorizationPlan {
  project: string;
  rate: number;
  hoursAuthorized: number;
  status: "ACTIVE" | "DRAFT";
  // Months from the current one; the draft project starts next month.
  startMonthOffset: number;
}

const WORK_AUTHORIZATION_PLANS: WorkAuthorizationPlan[] = [
  { project: "CI/CD migration", rate: 22_500, hoursAuthorized: 400, status: "ACTIVE", startMonthOffset: -2 },
  { project: "platform implementation", rate: 17_500, hoursAuthorized: 320, status: "ACTIVE", startMonthOffset: -2 },
  { project: "security hardening", rate: 19_500, hoursAuthorized: 160, status: "DRAFT", startMonthOffset: 1 },
];

const WORK_DESCRIPTIONS = [
  "Pipeline configuration workshop with the customer's platform team",
  "Runner fleet migration and validation",
  "Repository import and permissions mapping",
  "Deployment templates for staging and production",
  "Status call and weekly report",
  "Troubleshooting failed pipeline jobs",
];

// The demo subcontractor is mid-engagement: two funded projects, consultants across the pipeline,
// a paid invoice two months back, last month's invoice waiting for the coordinator, this month still open.
async function seedActiveSowDelivery(ctx: SeedContext, staff: Staff, partner: SeedPartner, sowId: string): Promise<void> {
  const workAuthorizations = WORK_AUTHORIZATION_PLANS.map((plan) => {
    const startsOn = utcMonthStart(ctx.now, plan.startMonthOffset);
    const customer = faker.company.name();
    return {
      id: newId(),
      sowId,
      projectName: `${customer} ${plan.project}`,
      scope: `${faker.company.buzzPhrase()} for ${customer}: ${plan.project}, handover documentation and a closing workshop.`,
      technicalRequirements: "Self-managed installation, single sign-on through the customer's identity provider, containerized runners.",
      backgroundCheck: faker.helpers.arrayElement(["Standard background check", "Standard check completed within 12 months", "None required"]),
      hourlyRateCents: plan.rate,
      billingTerms: "Monthly in arrears against approved timesheets, net 30",
      travelAndExpenses: "Remote delivery; travel only with prior written approval, billed at cost with receipts",
      hoursAuthorized: plan.hoursAuthorized,
      amountCents: plan.hoursAuthorized * plan.rate,
      status: plan.status,
      startsOn,
      endsOn: utcMonthStart(ctx.now, plan.startMonthOffset + 6),
      createdAt: subDays(startsOn, 10),
    } satisfies Prisma.WorkAuthorizationCreateManyInput;
  });
  const authorizedCents = workAuthorizations.reduce((sum, wa) => sum + wa.amountCents, 0);
  if (authorizedCents > SOW_AMOUNT_CENTS) throw new Error("Demo seed: work authorizations exceed the SOW");
  await ctx.tx.workAuthorization.createMany({ data: workAuthorizations });

  const consultants = ACTIVE_SOW_CONSULTANTS.map((plan) =>
    consultantRow(ctx, staff, partner, plan.stage, plan.user === undefined ? undefined : userAt(partner, plan.user)),
  );
  await ctx.tx.consultant.createMany({ data: consultants });

  const [migration, implementation] = workAuthorizations;
  const [first, second, onboarding] = consultants;
  if (!migration || !implementation || !first || !second || !onboarding) throw new Error("Demo seed: delivery plan incomplete");
  await ctx.tx.workAuthorizationConsultant.createMany({
    data: [
      { workAuthorizationId: migration.id, consultantId: first.id, assignedAt: migration.startsOn },
      { workAuthorizationId: migration.id, consultantId: onboarding.id, assignedAt: subDays(ctx.now, 3) },
      { workAuthorizationId: implementation.id, consultantId: second.id, assignedAt: implementation.startsOn },
    ],
  });

  const assignments = [
    { wa: migration, consultantId: first.id },
    { wa: implementation, consultantId: second.id },
  ];
  const invoices = [
    { month: utcMonthStart(ctx.now, -2), status: "PAID" as const },
    { month: utcMonthStart(ctx.now, -1), status: "SUBMITTED" as const },
  ].map((plan) => ({ ...plan, id: newId() }));
  const entries: Prisma.TimeEntryCreateManyInput[] = [];
  const invoicedCents = new Map<string, number>();
  for (const { wa, consultantId } of assignments) {
    for (const workedOn of workdays(wa.startsOn, utcDay(ctx.now))) {
      // Consultants split their week across customers, so not every workday lands on this project.
      if (!faker.datatype.boolean({ probability: 0.6 })) continue;
      const minutes = faker.number.int({ min: 8, max: 16 }) * 30;
      const invoice = invoices.find((i) => utcMonthStart(workedOn).getTime() === i.month.getTime());
      if (invoice) invoicedCents.set(invoice.id, (invoicedCents.get(invoice.id) ?? 0) + (minutes * wa.hourlyRateCents) / 60);
      entries.push({
        workAuthorizationId: wa.id,
        consultantId,
        workedOn,
        minutes,
        description: faker.helpers.arrayElement(WORK_DESCRIPTIONS),
        invoiceId: invoice?.id ?? null,
        createdAt: addHours(workedOn, 18),
      });
    }
  }

  await ctx.tx.invoice.createMany({
    data: invoices.map((invoice) => {
      const submittedAt = earliest(addHours(addDays(utcMonthStart(invoice.month, 1), 2), 10), subHours(ctx.now, 2));
      const paid = invoice.status === "PAID";
      return {
        id: invoice.id,
        partnerId: partner.id,
        sowId,
        month: invoice.month,
        status: invoice.status,
        timeAmountCents: Math.round(invoicedCents.get(invoice.id) ?? 0),
        submittedAt,
        decidedById: paid ? staff.ps.id : null,
        decidedAt: paid ? addDays(submittedAt, 4) : null,
        createdAt: submittedAt,
      };
    }),
  });
  await ctx.tx.timeEntry.createMany({ data: entries });
}

function workdays(from: Date, until: Date): Date[] {
  const days: Date[] = [];
  for (let day = from; day < until; day = addDays(day, 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

interface ConsultantPlan {
  stage: ConsultantStage;
  // Index into the partner's users for consultants who sign in themselves to log hours.
  user?: number;
}

const ACTIVE_SOW_CONSULTANTS: ConsultantPlan[] = [
  { stage: "ACTIVE", user: 1 },
  { stage: "ACTIVE", user: 2 },
  { stage: "ONBOARDING" },
  { stage: "DEEP_DIVE_PASSED" },
  { stage: "CANDIDATE" },
  { stage: "OFFBOARDED" },
];

const STAGE_ORDER: ConsultantStage[] = [
  "CANDIDATE",
  "SKILLS_MATRIX_SUBMITTED",
  "VIDEO_REVIEWED",
  "CERTIFICATIONS_VERIFIED",
  "DEEP_DIVE_PASSED",
  "APPROVED",
  "ONBOARDING",
  "ACTIVE",
  "OFFBOARDED",
];

function consultantEmail(name: string, partner: SeedPartner): string {
  return `${slugify(name).replace(/-/g, ".")}@${partner.websiteDomain}`;
}

function reached(stage: ConsultantStage, milestone: ConsultantStage): boolean {
  return STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(milestone);
}

function consultantRow(
  ctx: SeedContext,
  staff: Staff,
  partner: SeedPartner,
  stage: ConsultantStage,
  user: SeedUser | undefined,
): Prisma.ConsultantCreateManyInput & { id: string } {
  const name = user?.name ?? personName();
  // Consultants on projects were vetted before the projects started; the rest are recent.
  const createdAt = reached(stage, "ACTIVE") ? daysAgo(ctx, 100, 160) : daysAgo(ctx, 20, 30);
  const deepDiveAt = addDays(createdAt, 10);
  const onboardedAt = addDays(createdAt, 18);
  return {
    id: newId(),
    partnerId: partner.id,
    userId: user?.id ?? null,
    name,
    email: user?.email ?? consultantEmail(name, partner),
    stage,
    deepDiveAt: reached(stage, "DEEP_DIVE_PASSED") ? deepDiveAt : null,
    deepDiveMinutes: reached(stage, "DEEP_DIVE_PASSED") ? faker.number.int({ min: 30, max: 45 }) : null,
    deepDiveResult: reached(stage, "DEEP_DIVE_PASSED")
      ? "Passed: strong on pipeline design and migration planning; review runner autoscaling before first project."
      : null,
    deepDiveById: reached(stage, "DEEP_DIVE_PASSED") ? staff.ps.id : null,
    onboardingBuddy: reached(stage, "ONBOARDING") ? personName() : null,
    accessRequestedAt: reached(stage, "ONBOARDING") ? onboardedAt : null,
    timeLoggingSetAt: reached(stage, "ACTIVE") ? addDays(onboardedAt, 2) : null,
    offboardedAt: stage === "OFFBOARDED" ? subDays(ctx.now, 12) : null,
    retroNotes:
      stage === "OFFBOARDED"
        ? "Project closed on schedule. Access removed; no other ongoing projects for this consultant."
        : null,
    createdAt,
    updatedAt: createdAt,
  };
}

// Partners whose SOW is still being negotiated are vetting their first consultants.
async function seedCandidateConsultants(ctx: SeedContext, partners: SeedPartner[]): Promise<void> {
  const stages: ConsultantStage[][] = [["SKILLS_MATRIX_SUBMITTED", "VIDEO_REVIEWED", "DECLINED"], ["CANDIDATE"]];
  const rows = partners.flatMap((partner, index) =>
    (stages[index] ?? []).map((stage) => {
      const name = personName();
      const createdAt = daysAgo(ctx, 2, 25);
      return {
        partnerId: partner.id,
        name,
        email: consultantEmail(name, partner),
        stage,
        createdAt,
        updatedAt: createdAt,
      } satisfies Prisma.ConsultantCreateManyInput;
    }),
  );
  await ctx.tx.consultant.createMany({ data: rows });
}

// ───────────────────────────── TeamOps ─────────────────────────────

const TEAMOPS_CATEGORIES: TeamOpsCategory[] = [
  "HANDBOOK_FIRST",
  "ASYNC_FIRST",
  "AUTONOMY_FIRST",
  "RESULTS_FIRST",
  "TRANSPARENCY",
  "SHARED_REALITY",
  "EVERYONE_CONTRIBUTES",
  "DECISION_VELOCITY",
  "MEASUREMENT_CLARITY",
];

interface MatchingPreference {
  partner: SeedPartner;
  companySizes: CompanySize[];
  budgetMinCents: number;
  budgetMaxCents: number | null;
  regions: Region[];
  languages: string[];
  serviceCategories: TeamOpsCategory[];
}

interface AssessmentProfile {
  companySize: CompanySize;
  budgetCents: number;
  region: Region;
  languages: string[];
  servicesWanted: TeamOpsCategory[];
}

// Assessments oldest first; each row is the funnel state of its ranks 1–3.
const REFERRAL_OUTCOMES: { daysAgo: number; statuses: [ReferralStatus, ReferralStatus, ReferralStatus] }[] = [
  { daysAgo: 120, statuses: ["WON", "LOST", "LOST"] },
  { daysAgo: 75, statuses: ["PROPOSAL", "QUALIFIED", "LOST"] },
  { daysAgo: 45, statuses: ["WON", "LOST", "CONTACTED"] },
  { daysAgo: 12, statuses: ["CONTACTED", "NEW", "NEW"] },
  { daysAgo: 2, statuses: ["NEW", "NEW", "NEW"] },
];
const FEE_STATUSES: ReferralFeeStatus[] = ["PAID", "INVOICEABLE"];
const REFERRAL_FEE_RATE = 0.1;

async function seedTeamOps(ctx: SeedContext, partners: SeedPartner[]): Promise<void> {
  const teamOpsPartners = partners.filter(
    (p) => isAuthorized(p) && (p.tracks.includes("TEAMOPS_CONSULTANT") || p.tracks.includes("TEAMOPS_TOOL")),
  );
  const preferences = teamOpsPartners.map((partner) => buildPreference(partner));
  await ctx.tx.teamOpsMatchingPreference.createMany({
    data: preferences.map(({ partner, ...prefs }) => ({
      ...prefs,
      partnerId: partner.id,
      countries: [partner.country],
      approvedAt: partner.decidedAt ? addDays(partner.decidedAt, 10) : null,
    })),
  });
  await ctx.tx.caseStudy.createMany({ data: teamOpsPartners.flatMap((partner) => buildCaseStudies(ctx, partner)) });

  const assessments: Prisma.TeamOpsAssessmentCreateManyInput[] = [];
  const scores: Prisma.TeamOpsAssessmentScoreCreateManyInput[] = [];
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const fees: Prisma.ReferralFeeCreateManyInput[] = [];
  for (const outcome of REFERRAL_OUTCOMES) {
    const assessmentId = newId();
    const createdAt = subDays(ctx.now, outcome.daysAgo);
    const categoryScores = TEAMOPS_CATEGORIES.map((category) => ({ category, score: faker.number.int({ min: 15, max: 95 }) }));
    // The weakest categories are the consultancy the prospect needs.
    const servicesWanted = [...categoryScores].sort((a, b) => a.score - b.score).slice(0, 3).map((s) => s.category);
    const region = faker.helpers.arrayElement<Region>(["AMER", "EMEA", "APAC"]);
    const place = faker.helpers.arrayElement(COUNTRIES[region]);
    const profile: AssessmentProfile = {
      companySize: faker.helpers.arrayElement(PARTNER_SIZES),
      budgetCents: faker.number.int({ min: 30, max: 400 }) * 50_000,
      region,
      languages: place.languages,
      servicesWanted,
    };
    const company = faker.company.name();
    const contactFirst = faker.person.firstName();
    const contactLast = faker.person.lastName();
    assessments.push({
      id: assessmentId,
      companyName: company,
      contactName: `${contactFirst} ${contactLast}`,
      contactEmail: personEmail(contactFirst, contactLast, `${slugify(company)}.example.com`),
      country: place.country,
      ...profile,
      createdAt,
    });
    scores.push(...categoryScores.map((s) => ({ assessmentId, ...s })));

    const ranked = rankPartners(preferences, profile).slice(0, 3);
    ranked.forEach((match, index) => {
      const status = outcome.statuses[index] ?? "NEW";
      const referralId = newId();
      const won = status === "WON";
      const wonAt = won ? addDays(createdAt, 40) : null;
      const dealAmountCents = won ? faker.number.int({ min: 40, max: 180 }) * 50_000 : null;
      referrals.push({
        id: referralId,
        assessmentId,
        partnerId: match.partner.id,
        rank: index + 1,
        score: match.score,
        scoreBreakdown: match.breakdown,
        status,
        dealAmountCents,
        wonAt,
        createdAt: addHours(createdAt, 1),
        updatedAt: wonAt ?? addHours(createdAt, 1),
      });
      if (dealAmountCents !== null && wonAt) {
        const feeStatus = FEE_STATUSES[fees.length] ?? "INVOICEABLE";
        fees.push({
          referralId,
          amountCents: Math.round(dealAmountCents * REFERRAL_FEE_RATE),
          status: feeStatus,
          invoicedAt: feeStatus === "INVOICEABLE" ? null : addDays(wonAt, 5),
          paidAt: feeStatus === "PAID" ? addDays(wonAt, 35) : null,
          createdAt: wonAt,
        });
      }
    });
  }
  await ctx.tx.teamOpsAssessment.createMany({ data: assessments });
  await ctx.tx.teamOpsAssessmentScore.createMany({ data: scores });
  await ctx.tx.referral.createMany({ data: referrals });
  await ctx.tx.referralFee.createMany({ data: fees });
}

function buildPreference(partner: SeedPartner): MatchingPreference {
  const otherRegions = (["AMER", "EMEA", "APAC"] as Region[]).filter((r) => r !== partner.region);
  return {
    partner,
    companySizes: faker.helpers.arrayElements(PARTNER_SIZES, { min: 2, max: 4 }),
    budgetMinCents: faker.helpers.arrayElement([0, 500_000, 1_000_000, 2_500_000]),
    budgetMaxCents: faker.helpers.arrayElement([null, 10_000_000, 25_000_000]),
    regions: [partner.region, ...faker.helpers.arrayElements(otherRegions, { min: 0, max: 1 })],
    languages: partner.languages,
    serviceCategories: faker.helpers.arrayElements(TEAMOPS_CATEGORIES, { min: 3, max: 5 }),
  };
}

function buildCaseStudies(ctx: SeedContext, partner: SeedPartner): Prisma.CaseStudyCreateManyInput[] {
  return faker.helpers.multiple(
    () => {
      const client = faker.company.name();
      const title = `How ${client} moved to ${faker.helpers.arrayElement(["async-first planning", "a handbook-first culture", "results-based goals", "transparent decision logs"])}`;
      const publishedAt = daysAgo(ctx, 30, 400);
      return { partnerId: partner.id, title, url: `https://${partner.websiteDomain}/case-studies/${slugify(client)}`, publishedAt, createdAt: publishedAt };
    },
    { count: { min: 1, max: 2 } },
  );
}

// Same scoring as the referral rules describe: fixed points per criterion, so a ranking explains itself.
function rankPartners(
  preferences: MatchingPreference[],
  profile: AssessmentProfile,
): { partner: SeedPartner; score: number; breakdown: Record<string, number> }[] {
  return preferences
    .map((pref) => {
      const overlap = profile.servicesWanted.filter((c) => pref.serviceCategories.includes(c)).length;
      const breakdown = {
        region: pref.regions.includes(profile.region) ? 30 : 0,
        size: pref.companySizes.includes(profile.companySize) ? 20 : 0,
        budget:
          profile.budgetCents >= pref.budgetMinCents && (pref.budgetMaxCents === null || profile.budgetCents <= pref.budgetMaxCents)
            ? 20
            : 0,
        language: profile.languages.some((l) => pref.languages.includes(l)) ? 15 : 0,
        services: Math.round((15 * overlap) / profile.servicesWanted.length),
      };
      const score = Object.values(breakdown).reduce((sum, points) => sum + points, 0);
      return { partner: pref.partner, score, breakdown };
    })
    .sort((a, b) => b.score - a.score || a.partner.legalName.localeCompare(b.partner.legalName));
}

// ───────────────────────────── settings and activity ─────────────────────────────

async function seedProgramSettings(ctx: SeedContext): Promise<void> {
  await ctx.tx.programSetting.createMany({
    data: [
      { key: "pspThreshold", value: 3 },
      { key: "nfrCapMode", value: "LICENSE_COUNT" },
      { key: "nfrCaps", value: { SELECT: 25, OPEN: 10 } },
    ],
  });
}

// Typed against the registered audit actions, so the audit trail's filter and labels know every seeded event.
type AuditEventRow = Prisma.AuditEventCreateManyInput & { action: AuditAction };

async function seedActivity(ctx: SeedContext, staff: Staff, partners: SeedPartner[], nfr: SeededNfr): Promise<void> {
  const partnerEvents: AuditEventRow[] = partners.flatMap((partner) => {
    if (!partner.decidedAt) return [];
    const phd = staff.phds[partner.phdRegion];
    const approved = isAuthorized(partner);
    return [
      {
        actorId: phd.id,
        actorRole: "PHD",
        action: approved ? "partner.approved" : "partner.denied",
        entityType: "Partner",
        entityId: partner.id,
        summary: approved
          ? `Approved ${partner.legalName} as an Authorized ${partner.tier === "SELECT" ? "Select" : "Open"} partner`
          : `Denied ${partner.legalName}: ${partner.denialReason ?? ""}`,
        changes: { status: { from: "IN_REVIEW", to: partner.status } },
        createdAt: partner.decidedAt,
      },
    ];
  });
  const nfrEvents: AuditEventRow[] = nfr.requests.flatMap((request) => {
    if (!request.decidedAt || (request.status !== "APPROVED" && request.status !== "REJECTED")) return [];
    const phd = staff.phds[request.partner.phdRegion];
    const approved = request.status === "APPROVED";
    return [
      {
        actorId: phd.id,
        actorRole: "PHD",
        action: approved ? "nfr.approved" : "nfr.rejected",
        entityType: "NfrRequest",
        entityId: request.id,
        summary: `${approved ? "Approved" : "Rejected"} ${request.usersCount} ${humanize(request.plan)} NFR licenses for ${request.partner.legalName}`,
        createdAt: request.decidedAt,
      },
    ];
  });
  await ctx.tx.auditEvent.createMany({ data: [...partnerEvents, ...nfrEvents] });
  await ctx.tx.notification.createMany({ data: buildNotifications(ctx, staff, partners) });
}

// Typed against the portal's notification types, so seeded rows show labels and obey email preferences.
function buildNotifications(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): (Prisma.NotificationCreateManyInput & { type: NotificationType })[] {
  const northwind = partnerByKey(partners, "northwind");
  const other = partnerByKey(partners, "otherPartner");
  const legal = partnerByKey(partners, "legalRequest");
  const newestApplicant = partners
    .filter((p) => p.status === "SUBMITTED" && p.phdRegion === "AMER")
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const lastMonth = utcMonthStart(ctx.now, -1).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
  const at = (days: number, read: boolean) => {
    const createdAt = subDays(ctx.now, days);
    return { createdAt, readAt: read ? addHours(createdAt, 3) : null };
  };

  return [
    {
      userId: primaryContact(northwind).id,
      type: "nfr.request_decided",
      title: "NFR license issued",
      body: `5 Premium NFR licenses for ${northwind.legalName} were approved; the key was emailed to the contact.`,
      ...at(38, true),
    },
    {
      userId: primaryContact(northwind).id,
      type: "award.case_opened",
      title: "Your company qualifies for PSP",
      body: "Three certified Professional Services Engineers: your Channel Account Manager will be in touch about the award.",
      ...at(2, false),
    },
    {
      userId: userAt(northwind, 1).id,
      type: "invoice.submitted",
      title: "Invoice submitted",
      body: `The ${lastMonth} invoice for your hours was submitted for approval.`,
      ...at(1, false),
    },
    {
      userId: primaryContact(other).id,
      type: "nfr.info_requested",
      title: "More information needed on your NFR request",
      body: "The Partner Help Desk asked which team will use the licenses. Reply on the request to continue.",
      ...at(4, false),
    },
    {
      userId: staff.cams.AMER.id,
      type: "award.case_opened",
      title: `PSP award case opened for ${northwind.legalName}`,
      body: "Send the award email within 7 calendar days.",
      ...at(2, false),
    },
    {
      userId: staff.phds.AMER.id,
      type: "nfr.request_submitted",
      title: `New NFR request from ${northwind.legalName}`,
      body: "5 Ultimate licenses requested.",
      ...at(1, false),
    },
    ...(newestApplicant
      ? [
          {
            userId: staff.phds.AMER.id,
            type: "partner.application_submitted" as const,
            title: `New applicant: ${newestApplicant.legalName}`,
            body: "A new partner application is waiting in the review queue.",
            link: `/phd/applicants/${newestApplicant.id}`,
            ...at(Math.max(0, Math.round((ctx.now.getTime() - newestApplicant.submittedAt.getTime()) / 86_400_000)), false),
          },
        ]
      : []),
    {
      userId: staff.ps.id,
      type: "invoice.submitted",
      title: `${northwind.legalName} submitted its ${lastMonth} invoice`,
      body: "Review the hours and approve or reject the invoice.",
      ...at(1, false),
    },
    {
      userId: staff.admin.id,
      type: "agreement.legal_request_opened",
      title: `Legal request from ${legal.legalName}`,
      body: "Requested changes to the Master Partner Agreement v2 before accepting it.",
      link: "/admin/legal-requests",
      ...at(4, true),
    },
  ];
}
