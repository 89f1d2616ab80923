// NFR requests in every state, and the licenses approvals issued.
import { faker } from "@faker-js/faker";
import { addDays, addYears, subDays } from "date-fns";
import type { NfrPlan, NfrRequestStatus, Prisma } from "@/generated/prisma/client";
import { type PartnerKey, type SeedContext, type SeedPartner, type Staff, earliest, newId, partnerByKey, primaryContact, userAt, utcDay } from "./shared";

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
    rejectionReason: "Fifty users is far more than the demo team described. Please resubmit with the number of people who run customer demos.",
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

export interface SeededNfr {
  requests: { id: string; partner: SeedPartner; status: NfrRequestStatus; usersCount: number; plan: NfrPlan; decidedAt: Date | null }[];
  licenses: { id: string; partner: SeedPartner }[];
}

export async function seedNfr(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<SeededNfr> {
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
