// NFR requests and licenses, with the audit trail and notices their history left. Each PHD desk's queue holds a request
// from a partner at its cap (approval refused), one from a partner without a Solution Architect Core or PSE certified
// employee (approval allowed, with the encouragement email), and one waiting for information. Northwind, the partner.*
// accounts' company, holds an active license, one expiring within 30 days, a revoked one and one its renewal
// replaced, and has a request in flight. Licenses are worked out in the order the approvals happened, by the portal's
// own rules (expiry, notes); the database numbers their references, in that order.
import { faker } from "@faker-js/faker";
import { addDays, addHours, addMinutes, subDays } from "date-fns";
import type { NfrLicenseStatus, NfrPlan, NfrRequestStatus, Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "@/server/audit/audit-actions";
import type { NotificationType } from "@/server/notifications/types";
import { calendarToday, nfrLicenseExpiry, nfrLicenseNotes, type HeldLicense } from "@/server/nfr/rules";
import { NFR_CAPS, NFR_EXPIRY_NOTICE_DAYS, NFR_PLAN_LABELS } from "@/lib/nfr";
import { formatDate } from "@/lib/format";
import {
  type PartnerKey,
  type PhdRegion,
  type SeedContext,
  type SeedPartner,
  type SeedUser,
  type Staff,
  earliest,
  isAuthorized,
  newId,
  partnerByKey,
  primaryContact,
  userAt,
} from "./shared";

interface RequestSpec {
  /** A demo partner, or the first Authorized partner of a desk region without a certified employee (see below). */
  partner: PartnerKey | { withoutCertification: PhdRegion };
  requester: "admin" | "user" | "cam";
  status: NfrRequestStatus;
  usersCount: number;
  plan: NfrPlan;
  daysAgo: number;
  justification: string;
  /** Names this request's license, for a later renewal to replace. */
  label?: string;
  /** The label of the license this renewal replaces. */
  renews?: string;
  /** A question the PHD asked a day after filing; with an answer, the requester replied the day after. */
  info?: { question: string; answer?: string };
  rejectionReason?: string;
  /** The license was revoked this many days ago. */
  revoked?: { daysAgo: number; reason: string };
}

/** Days from filing to the decision; after an information round, the decision comes the day after the answer. */
const DECIDED_AFTER_DAYS = 2;

/** `count` approved requests, `everyDays` apart, each with its license: how a partner came to hold its cap. */
function holdings(partner: PartnerKey, count: number, firstDaysAgo: number, everyDays: number): RequestSpec[] {
  const reasons = [
    "A demo environment for a new sales engineer.",
    "Hands-on practice for a consultant before a customer rollout.",
    "A sandbox to rehearse a customer's upgrade.",
    "A workshop environment for a customer proof of concept.",
    "Enablement for a newly hired solutions architect.",
  ];
  return Array.from({ length: count }, (_, index) => ({
    partner,
    requester: "admin",
    status: "APPROVED",
    usersCount: 1 + (index % 3),
    plan: index % 4 === 3 ? "PREMIUM" : "ULTIMATE",
    daysAgo: firstDaysAgo - index * everyDays,
    justification: reasons[index % reasons.length]!,
  }));
}

const REQUESTS: RequestSpec[] = [
  // Northwind (AMER, Select): a license its renewal replaced, one sharing that license's expiry date and so expiring
  // within 30 days, one revoked, the renewal, and partner.user's request waiting for the desk.
  {
    partner: "northwind",
    requester: "admin",
    status: "APPROVED",
    usersCount: 10,
    plan: "ULTIMATE",
    daysAgo: 352,
    label: "northwind-demo",
    justification: "Sales engineers need a shared demo instance for customer proof-of-concept workshops.",
  },
  {
    partner: "northwind",
    requester: "admin",
    status: "APPROVED",
    usersCount: 5,
    plan: "PREMIUM",
    daysAgo: 202,
    justification: "A separate sandbox for the services team to rehearse customer migrations.",
  },
  {
    partner: "northwind",
    requester: "user",
    status: "APPROVED",
    usersCount: 3,
    plan: "STARTER",
    daysAgo: 122,
    justification: "Three consultants need their own instance to prepare a customer's migration runbook.",
    revoked: { daysAgo: 30, reason: "The instance was running a customer's production workload, which the NFR terms do not allow." },
  },
  {
    partner: "northwind",
    requester: "admin",
    status: "APPROVED",
    usersCount: 10,
    plan: "ULTIMATE",
    daysAgo: 20,
    renews: "northwind-demo",
    justification: "Renewal of our shared demo instance: the sales engineers run weekly customer workshops on it.",
  },
  {
    partner: "northwind",
    requester: "user",
    status: "SUBMITTED",
    usersCount: 5,
    plan: "ULTIMATE",
    daysAgo: 1,
    justification: "New consultants joining the migration practice need hands-on access before their first project.",
  },

  // AMER desk: the rest of its queue, and its history.
  {
    partner: "amerSelect",
    requester: "cam",
    status: "APPROVED",
    usersCount: 20,
    plan: "ULTIMATE",
    daysAgo: 422,
    label: "amer-select-reference",
    justification: "Managed-services team needs a reference environment mirroring customer deployments.",
  },
  {
    partner: "amerSelect",
    requester: "admin",
    status: "APPROVED",
    usersCount: 20,
    plan: "ULTIMATE",
    daysAgo: 52,
    renews: "amer-select-reference",
    justification: "Renewal of our reference environment, which ran out; it runs the weekly customer demo schedule.",
  },
  ...holdings("amerOpenReseller", NFR_CAPS.OPEN, 300, 25),
  {
    partner: "amerOpenReseller",
    requester: "admin",
    status: "REJECTED",
    usersCount: 50,
    plan: "ULTIMATE",
    daysAgo: 27,
    justification: "Licenses for the whole company.",
    rejectionReason: "Fifty users is far more than the demo team described. Please resubmit with the number of people who run customer demos.",
  },
  {
    partner: "amerOpenReseller",
    requester: "admin",
    status: "SUBMITTED",
    usersCount: 4,
    plan: "ULTIMATE",
    daysAgo: 6,
    justification: "Two new sales engineers start next month and need their own demo environment.",
  },
  {
    partner: { withoutCertification: "AMER" },
    requester: "cam",
    status: "SUBMITTED",
    usersCount: 5,
    plan: "ULTIMATE",
    daysAgo: 4,
    justification: "The partner's consultants want a practice environment to prepare for their first certification exams.",
  },
  {
    partner: "publicSelect",
    requester: "cam",
    status: "INFO_REQUESTED",
    usersCount: 25,
    plan: "ULTIMATE",
    daysAgo: 3,
    justification: "Partner is standing up a public-sector demo lab ahead of a state-wide procurement.",
    info: { question: "Twenty-five users is the whole Select cap: how many people will run the demo lab, and for how long?" },
  },
  {
    partner: "publicMsp",
    requester: "admin",
    status: "APPROVED",
    usersCount: 12,
    plan: "ULTIMATE",
    daysAgo: 36,
    justification: "Accredited test environment needed before agency pilots can start.",
    info: {
      question: "Will the licenses serve the agency pilots themselves, or internal training?",
      answer: "The pilots: agencies test their pipelines on it before we move them to their own subscriptions.",
    },
  },

  // EMEA desk.
  {
    partner: "otherPartner",
    requester: "admin",
    status: "APPROVED",
    usersCount: 5,
    plan: "ULTIMATE",
    daysAgo: 152,
    justification: "Demo environment for our managed-services pre-sales team.",
  },
  {
    partner: "otherPartner",
    requester: "admin",
    status: "APPROVED",
    usersCount: 3,
    plan: "PREMIUM",
    daysAgo: 100,
    justification: "Training environment for the operations staff we are hiring this quarter.",
    revoked: { daysAgo: 60, reason: "The licenses were shared with a customer's team, outside the partner's own staff." },
  },
  {
    partner: "otherPartner",
    requester: "admin",
    status: "INFO_REQUESTED",
    usersCount: 10,
    plan: "ULTIMATE",
    daysAgo: 5,
    justification: "A second demo environment for the managed-services pre-sales team.",
    info: { question: "Please tell us which team will use the licenses and how many customer demos you run each month." },
  },
  ...holdings("emeaSubcontractor", NFR_CAPS.SELECT, 330, 13),
  {
    partner: "emeaSubcontractor",
    requester: "admin",
    status: "SUBMITTED",
    usersCount: 3,
    plan: "ULTIMATE",
    daysAgo: 2,
    justification: "Our new delivery team in Berlin needs demo access for its first customer workshops.",
  },
  {
    partner: { withoutCertification: "EMEA" },
    requester: "admin",
    status: "SUBMITTED",
    usersCount: 8,
    plan: "PREMIUM",
    daysAgo: 7,
    justification: "Our consultants need an environment to learn the platform before they take the certification exams.",
  },
  {
    partner: "emeaApplicant",
    requester: "admin",
    status: "REJECTED",
    usersCount: 10,
    plan: "ULTIMATE",
    daysAgo: 8,
    justification: "We would like to evaluate the product while our application is reviewed.",
    rejectionReason: "NFR licenses are for Authorized partners; please request again once your application is approved.",
  },

  // APAC desk.
  {
    partner: "ctp",
    requester: "cam",
    status: "APPROVED",
    usersCount: 8,
    plan: "ULTIMATE",
    daysAgo: 92,
    justification: "Classroom environment for trainer candidates preparing official courses.",
  },
  ...holdings("apacMsp", NFR_CAPS.OPEN, 280, 20),
  {
    partner: "apacMsp",
    requester: "admin",
    status: "SUBMITTED",
    usersCount: 6,
    plan: "PREMIUM",
    daysAgo: 2,
    justification: "Operations staff need a staging environment to test upgrades before rolling them to customers.",
  },
  {
    partner: { withoutCertification: "APAC" },
    requester: "cam",
    status: "SUBMITTED",
    usersCount: 6,
    plan: "ULTIMATE",
    daysAgo: 3,
    justification: "The partner's new practice needs a demo environment; its people are still preparing their certification exams.",
  },
  {
    partner: "apacSubcontractor",
    requester: "admin",
    status: "INFO_REQUESTED",
    usersCount: 15,
    plan: "ULTIMATE",
    daysAgo: 8,
    justification: "Consultants placed with customers need an environment to reproduce their issues.",
    info: { question: "Which customer projects will the fifteen users support, and will any of them run production workloads?" },
  },
];

export interface SeededNfr {
  requests: number;
  licenses: number;
}

type AuditEventRow = Prisma.AuditEventCreateManyInput & { action: AuditAction };
type NotificationRow = Prisma.NotificationCreateManyInput & { type: NotificationType; link: string };

interface SeedLicense extends HeldLicense {
  id: string;
  requestId: string;
  partner: SeedPartner;
  requester: SeedUser;
  contact: SeedUser;
  plan: NfrPlan;
  startsOn: Date;
  createdAt: Date;
  status: NfrLicenseStatus;
  /** When it stopped counting before its date: revoked, or replaced by a renewal. */
  endedAt: Date | null;
  revoked?: { at: Date; by: SeedUser; reason: string };
}

/** Northwind's requester has the "license sent" notice of approvals this recent; older ones, and other partners', are left out. */
const RECENT_APPROVAL_DAYS = 30;
/** Where an approval's audit summary names its license's reference number, which the database assigns on insert. */
const REFERENCE = "{reference}";

export async function seedNfr(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<SeededNfr> {
  const withoutCertification = await partnersWithoutCertification(ctx, partners);
  const resolve = (spec: RequestSpec): SeedPartner => {
    if (typeof spec.partner === "string") return partnerByKey(partners, spec.partner);
    const region = spec.partner.withoutCertification;
    const partner = withoutCertification.find((candidate) => candidate.phdRegion === region);
    if (!partner) throw new Error(`Demo seed: every Authorized partner of the ${region} desk has a certified employee`);
    return partner;
  };
  const requestRows: Prisma.NfrRequestCreateManyInput[] = [];
  const licenses: SeedLicense[] = [];
  const byLabel = new Map<string, SeedLicense>();
  const events: AuditEventRow[] = [];
  const notices: NotificationRow[] = [];
  const renewals: { requestId: string; licenseId: string }[] = [];

  // Oldest first: each approval sees the licenses the partner held on that day, as the portal's approval does.
  const ordered = REQUESTS.map((spec, index) => ({ spec, index })).sort((a, b) => b.spec.daysAgo - a.spec.daysAgo || a.index - b.index);
  for (const { spec } of ordered) {
    const partner = resolve(spec);
    const phd = staff.phds[partner.phdRegion];
    const contact = spec.requester === "user" ? userAt(partner, 1) : primaryContact(partner);
    const requester = spec.requester === "cam" ? staff.cams[partner.region] : contact;
    const createdAt = subDays(ctx.now, spec.daysAgo);
    const infoRequestedAt = spec.info ? earliest(addDays(createdAt, 1), ctx.now) : null;
    const infoAnsweredAt = spec.info?.answer && infoRequestedAt ? earliest(addDays(infoRequestedAt, 1), ctx.now) : null;
    const decided = spec.status === "APPROVED" || spec.status === "REJECTED";
    const decidedAt = decided ? earliest(addDays(infoAnsweredAt ?? createdAt, infoAnsweredAt ? 1 : DECIDED_AFTER_DAYS), ctx.now) : null;
    const renewed = spec.renews ? byLabel.get(spec.renews) : undefined;
    if (spec.renews && !renewed) throw new Error(`Demo seed: no earlier NFR license labelled ${spec.renews}`);
    const id = newId();
    const plan = NFR_PLAN_LABELS[spec.plan];
    requestRows.push({
      id,
      partnerId: partner.id,
      requestedById: requester.id,
      contactName: contact.name,
      contactEmail: contact.email,
      usersCount: spec.usersCount,
      plan: spec.plan,
      isRenewal: Boolean(renewed),
      justification: spec.justification,
      status: spec.status,
      infoRequest: spec.info?.question ?? null,
      infoRequestedAt,
      infoResponse: spec.info?.answer ?? null,
      infoAnsweredAt,
      rejectionReason: spec.rejectionReason ?? null,
      decidedById: decided ? phd.id : null,
      decidedAt,
      createdAt,
      updatedAt: decidedAt ?? infoAnsweredAt ?? infoRequestedAt ?? createdAt,
    });
    if (renewed) renewals.push({ requestId: id, licenseId: renewed.id });

    const what = `${spec.usersCount} ${plan} ${renewed ? "renewal" : "license"}`;
    events.push({
      actorId: requester.id,
      actorRole: requester.role,
      action: "nfr.request_filed",
      entityType: "NfrRequest",
      entityId: id,
      summary: `NFR request filed for ${partner.legalName}: ${what} for ${contact.name} <${contact.email}>`,
      changes: { partnerId: partner.id, usersCount: spec.usersCount, plan: spec.plan, isRenewal: Boolean(renewed), renewsLicenseId: renewed?.id ?? null },
      createdAt,
    });
    if (spec.info && infoRequestedAt) {
      events.push({
        actorId: phd.id,
        actorRole: phd.role,
        action: "nfr.info_requested",
        entityType: "NfrRequest",
        entityId: id,
        summary: `More information asked on the NFR request of ${partner.legalName}: ${spec.info.question}`,
        changes: { status: { from: "SUBMITTED", to: "INFO_REQUESTED" }, infoRequest: spec.info.question },
        createdAt: infoRequestedAt,
      });
      if (spec.status === "INFO_REQUESTED") {
        notices.push({
          userId: requester.id,
          type: "nfr.info_requested",
          title: `The Partner Help Desk asks about the NFR request for ${partner.legalName}`,
          body: `${spec.info.question} Answer on the request's page; it waits until you do.`,
          link: `/nfr/requests/${id}`,
          createdAt: infoRequestedAt,
        });
      }
    }
    if (spec.info?.answer && infoAnsweredAt) {
      events.push({
        actorId: requester.id,
        actorRole: requester.role,
        action: "nfr.info_answered",
        entityType: "NfrRequest",
        entityId: id,
        summary: `${requester.name} answered on the NFR request of ${partner.legalName}: ${spec.info.answer}`,
        changes: { status: { from: "INFO_REQUESTED", to: "SUBMITTED" }, infoResponse: spec.info.answer },
        createdAt: infoAnsweredAt,
      });
    }
    // The desk's notice of Northwind's waiting request; the other filings' notices were read and cleared.
    if (spec.status === "SUBMITTED" && partner.key === "northwind") {
      notices.push({
        userId: phd.id,
        type: "nfr.request_submitted",
        title: `NFR request from ${partner.legalName}`,
        body: `${requester.name} asks for ${what} for ${contact.name}. Check its eligibility and decide it.`,
        link: `/nfr/requests/${id}`,
        createdAt,
      });
    }
    if (spec.status === "REJECTED" && decidedAt) {
      events.push({
        actorId: phd.id,
        actorRole: phd.role,
        action: "nfr.rejected",
        entityType: "NfrRequest",
        entityId: id,
        summary: `NFR request of ${partner.legalName} rejected: ${spec.rejectionReason ?? ""}`,
        changes: { status: { from: "SUBMITTED", to: "REJECTED" }, rejectionReason: spec.rejectionReason ?? null },
        createdAt: decidedAt,
      });
    }
    if (spec.status !== "APPROVED" || !decidedAt) continue;
    const certified = !withoutCertification.includes(partner);

    // The license the approval issued, dated by the rules the approval applies on that day.
    const startsOn = calendarToday(decidedAt);
    for (const license of licenses) settle(license, startsOn);
    const held = licenses.filter((license) => license.partner === partner && license.status === "ACTIVE" && license !== renewed);
    const expiresOn = nfrLicenseExpiry(startsOn, Boolean(renewed), held);
    if (renewed?.status === "ACTIVE") {
      renewed.status = "RENEWED";
      renewed.endedAt = decidedAt;
    }
    const license: SeedLicense = {
      id: newId(),
      requestId: id,
      partner,
      requester,
      contact,
      plan: spec.plan,
      usersCount: spec.usersCount,
      startsOn,
      expiresOn,
      createdAt: decidedAt,
      status: "ACTIVE",
      endedAt: null,
      revoked: spec.revoked && { at: subDays(ctx.now, spec.revoked.daysAgo), by: phd, reason: spec.revoked.reason },
    };
    licenses.push(license);
    if (spec.label) byLabel.set(spec.label, license);
    events.push({
      actorId: phd.id,
      actorRole: phd.role,
      action: "nfr.approved",
      entityType: "NfrRequest",
      entityId: id,
      summary: `NFR request of ${partner.legalName} approved: license ${REFERENCE}, ${spec.usersCount} ${plan} users, expires ${formatDate(expiresOn)}${
        certified ? "" : "; no certified employee, so the contact and the CAM were encouraged to certify"
      }`,
      changes: {
        status: { from: "SUBMITTED", to: "APPROVED" },
        licenseId: license.id,
        expiresOn: expiresOn.toISOString().slice(0, 10),
        renewedLicenseId: renewed?.id ?? null,
        encouraged: !certified,
      },
      createdAt: decidedAt,
    });
  }
  const today = calendarToday(ctx.now);
  for (const license of licenses) settle(license, today);

  await ctx.tx.nfrRequest.createMany({ data: requestRows });
  // In the order they were issued, so the database's sequence numbers them as the portal would have.
  const usedKeys = new Set<string>();
  const written = await ctx.tx.nfrLicense.createManyAndReturn({
    data: licenses.map((license) => licenseRow(ctx, license, usedKeys)),
    select: { id: true, referenceNumber: true },
  });
  const references = new Map(written.map((row) => [row.id, row.referenceNumber]));
  const referenceOf = (license: SeedLicense) => references.get(license.id) ?? "";
  for (const renewal of renewals) {
    await ctx.tx.nfrRequest.update({ where: { id: renewal.requestId }, data: { renewsLicenseId: renewal.licenseId } });
  }

  for (const license of licenses) {
    const approval = events.find((event) => event.action === "nfr.approved" && event.entityId === license.requestId);
    if (approval) {
      approval.summary = approval.summary.replace(REFERENCE, referenceOf(license));
      approval.changes = { ...(approval.changes as Record<string, Prisma.InputJsonValue>), referenceNumber: referenceOf(license) };
    }
    if (license.status === "REVOKED" && license.revoked) {
      events.push({
        actorId: license.revoked.by.id,
        actorRole: license.revoked.by.role,
        action: "nfr.license_revoked",
        entityType: "NfrLicense",
        entityId: license.id,
        summary: `NFR license ${referenceOf(license)} of ${license.partner.legalName} revoked: ${license.revoked.reason}`,
        changes: { status: { from: "ACTIVE", to: "REVOKED" }, revocationReason: license.revoked.reason },
        createdAt: license.revoked.at,
      });
    }
    const noticeAt = expiryNoticeAt(ctx, license);
    if (license.status === "ACTIVE" && noticeAt) notices.push(...expiryNotices(staff, license, referenceOf(license), noticeAt));
    if (license.partner.key === "northwind" && license.createdAt >= subDays(ctx.now, RECENT_APPROVAL_DAYS)) {
      notices.push({
        userId: license.requester.id,
        type: "nfr.request_decided",
        title: `NFR license sent to ${license.contact.name}`,
        body: `The ${license.usersCount}-user ${NFR_PLAN_LABELS[license.plan]} license for ${license.partner.legalName} was emailed to ${
          license.contact.email
        } (reference ${referenceOf(license)}); it expires on ${formatDate(license.expiresOn)}.`,
        link: `/nfr/requests/${license.requestId}`,
        createdAt: license.createdAt,
      });
    }
  }

  await ctx.tx.auditEvent.createMany({ data: events });
  // Unread: the bells of the partner.* accounts, the CAM and the desks have NFR news to show.
  await ctx.tx.notification.createMany({ data: notices });
  return { requests: requestRows.length, licenses: licenses.length };
}

/**
 * Authorized partners, in the demo's order, none of whose active employees holds an unexpired certification that
 * meets the NFR check (the same condition as the portal's nfrCertificationWhere, which is server-only). The
 * certifications are seeded from the shared faker sequence, so which companies these are is read, not assumed.
 */
async function partnersWithoutCertification(ctx: SeedContext, partners: SeedPartner[]): Promise<SeedPartner[]> {
  const certified = await ctx.tx.earnedCertification.findMany({
    where: { certification: { meetsNfrCheck: true }, OR: [{ expiresAt: null }, { expiresAt: { gt: ctx.now } }], user: { active: true } },
    distinct: ["partnerId"],
    select: { partnerId: true },
  });
  const certifiedIds = new Set(certified.map((row) => row.partnerId));
  return partners.filter((partner) => isAuthorized(partner) && !certifiedIds.has(partner.id));
}

/** A license's state on `day`: revoked, run out, or as it was (a renewed license stays renewed). */
function settle(license: SeedLicense, day: Date): void {
  if (license.status !== "ACTIVE") return;
  if (license.revoked && calendarToday(license.revoked.at) <= day) {
    license.status = "REVOKED";
    license.endedAt = license.revoked.at;
  } else if (license.expiresOn < day) {
    license.status = "EXPIRED";
  }
}

/** When the daily job (06:15 UTC) announced the license's expiry, if it had run by now and before the license ended. */
function expiryNoticeAt(ctx: SeedContext, license: SeedLicense): Date | null {
  const due = addMinutes(addHours(subDays(license.expiresOn, NFR_EXPIRY_NOTICE_DAYS), 6), 15);
  // A license issued inside its notice window is announced by the next morning's run.
  const at = due < license.createdAt ? addMinutes(addHours(addDays(calendarToday(license.createdAt), 1), 6), 15) : due;
  return at <= earliest(license.endedAt ?? ctx.now, ctx.now) ? at : null;
}

/** The daily job's notices for a license it announced: the partner's admin and its CAM, worded as the job words them. */
function expiryNotices(staff: Staff, license: SeedLicense, referenceNumber: string, createdAt: Date): NotificationRow[] {
  const day = formatDate(license.expiresOn);
  const recipients = [primaryContact(license.partner), staff.cams[license.partner.region]];
  return recipients.map((recipient) => ({
    userId: recipient.id,
    type: "license.expiring",
    title: `NFR license ${referenceNumber} of ${license.partner.legalName} expires on ${day}`,
    body: `The ${license.usersCount}-user NFR license ${referenceNumber} expires on ${day}. File a renewal before then to keep it running.`,
    link: `/nfr/licenses/${license.id}`,
    createdAt,
  }));
}

// Crockford's base32, as the portal's keys (src/server/nfr/license-key.ts, server-only), drawn from the faker sequence
// so the demo data stays the same run after run.
const KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function licenseKey(used: Set<string>): string {
  for (;;) {
    const characters = faker.string.fromCharacters(KEY_ALPHABET, 25);
    const key = [0, 5, 10, 15, 20].map((start) => characters.slice(start, start + 5)).join("-");
    if (!used.has(key)) {
      used.add(key);
      return key;
    }
  }
}

function licenseRow(ctx: SeedContext, license: SeedLicense, usedKeys: Set<string>): Prisma.NfrLicenseCreateManyInput {
  const revoked = license.status === "REVOKED" ? license.revoked : undefined;
  return {
    id: license.id,
    partnerId: license.partner.id,
    requestId: license.requestId,
    name: license.contact.name,
    companyName: license.partner.legalName,
    email: license.contact.email,
    usersCount: license.usersCount,
    plan: license.plan,
    // As the approval writes them: the handbook's licenses are trial licenses, for the partner's own use.
    trial: true,
    startsOn: license.startsOn,
    expiresOn: license.expiresOn,
    notes: nfrLicenseNotes(license.usersCount, license.plan, license.partner.legalName),
    licenseKey: licenseKey(usedKeys),
    status: license.status,
    expiryNotifiedAt: expiryNoticeAt(ctx, license),
    revokedAt: revoked?.at ?? null,
    revokedById: revoked?.by.id ?? null,
    revocationReason: revoked?.reason ?? null,
    createdAt: license.createdAt,
  };
}
