// Partner companies and their users: the demo companies by key, and faker-made ones around them.
import { faker } from "@faker-js/faker";
import { addDays, addHours, subDays } from "date-fns";
import type { CompanySize, PartnerStatus, PartnerTier, PartnerTrack, Prisma, Region, Role, SubcontractRelationship } from "@/generated/prisma/client";
import { type PartnerKey, type PhdRegion, type SeedContext, type SeedPartner, type SeedUser, type Staff, daysAgo, earliest, newId, slugify } from "./shared";
import { STAFF_ACCOUNTS, staffFromRows, staffRow } from "./users";

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
  { key: "amerReferral", region: "AMER", tier: "OPEN", status: "AUTHORIZED", tracks: ["REFERRAL"] },
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
  { key: "amerTraining", region: "AMER", tier: "SELECT", status: "AUTHORIZED", tracks: ["RESELLER", "SERVICES", "TRAINING"] },
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

export const COUNTRIES: Record<Region, { country: string; languages: string[] }[]> = {
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

export const PARTNER_SIZES: CompanySize[] = ["SIZE_1_10", "SIZE_11_50", "SIZE_51_200", "SIZE_201_1000", "SIZE_1001_PLUS"];

export async function seedUsersAndPartners(ctx: SeedContext): Promise<{ staff: Staff; partners: SeedPartner[] }> {
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
  return { staff, partners };
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
  const place = COUNTRIES[spec.region].find((c) => c.country === spec.country) ?? faker.helpers.arrayElement(COUNTRIES[spec.region]);
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

export function personEmail(firstName: string, lastName: string, domain: string): string {
  return `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${domain}`;
}

function uniqueEmail(localPart: string, domain: string, usedEmails: Set<string>): string {
  const base = localPart.toLowerCase().replace(/[^a-z.]/g, "");
  for (let n = 1; ; n++) {
    const email = `${base}${n === 1 ? "" : n}@${domain}`;
    if (!usedEmails.has(email)) return email;
  }
}
