// Every server action, called as every demo role and as users of another company or region with foreign ids
// (issue 11, point 2). A caller without the action's capability is refused and the database is unchanged; a caller
// with it is refused on records outside its scope; and each action does work for an allowed caller with its own ids,
// so a refusal above is about the role and the scope, not about bad input.
//
// Only Next's request plumbing is replaced (cookies, headers, revalidatePath); the session cookie is a real next-auth
// JWT, so the real session, policy, operations and database run. A new action fails this test until it has a row.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import type { AgreementKind, ConsultantStage, PartnerStatus, Region, Role, TokenPurpose } from "../../src/generated/prisma/enums";
import { prisma } from "../../src/server/db";
import { seedDemoData } from "../../scripts/seed/demo";
import { openSessionCookie, SESSION_COOKIE_NAME } from "../support/session-cookie";
import { can, CAPABILITIES, SESSION_USER_SELECT, toSessionUser, type Capability, type SessionUser } from "../../src/server/auth/policy";
import { createOneTimeToken, hashToken } from "../../src/server/auth/one-time-token";
import { PHD_CHECKLIST_POSITIONS, REVIEW_CHECKLIST } from "../../src/server/applications/rules";
import { requiredAgreementKinds } from "../../src/server/agreements/rules";
import { NOTIFICATION_TYPES } from "../../src/server/notifications/types";
import { AppError } from "../../src/server/errors";
import { LOGO_TOO_LARGE_MESSAGE } from "../../src/lib/partner-company";
import { IMPORT_TOO_LARGE_MESSAGE } from "../../src/lib/certifications";
import { NOT_CSV_MESSAGE } from "../../src/server/certifications/completions-file";
import { capabilityAction } from "../../src/server/action";
import type { ActionState } from "../../src/lib/action-state";
import { makeActiveSow, makePartner, makePrimeSow, makeSowWithWorkAuthorization, makeSubcontractor, makeUser, makeWorkAuthorization } from "../factories";
import { CONSULTANT_SKILLS } from "../../src/server/subcontracting/rules";
import { inviteCtpPartner } from "../../src/server/ctp/invite-ctp-partner";

// What Next would hand the action for the request under test; each call sets it afresh.
const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers(), revalidated: [] as string[] }));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
    },
    delete: (name: string | { name: string }) => request.cookies.delete(typeof name === "string" ? name : name.name),
  }),
}));

vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => {
    request.revalidated.push(path);
  },
}));

type ServerAction = ((previous: ActionState, formData: FormData) => Promise<ActionState>) & { capability?: Capability };

// ── every exported server action: the exports of the actions.ts files under src/server, the only modules that
// say "use server" (the first test below checks that) ──

const SRC_DIR = path.join(import.meta.dirname, "../../src");
const SERVER_DIR = path.join(SRC_DIR, "server");
const ACTION_FILES = readdirSync(SERVER_DIR, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "actions.ts");
const discovered: Record<string, ServerAction> = {};
for (const file of ACTION_FILES) {
  const exports = (await import(path.join(SERVER_DIR, file))) as Record<string, ServerAction>;
  for (const [name, action] of Object.entries(exports)) discovered[`${path.dirname(file)}/${name}`] = action;
}

// ── who calls ──

/**
 * The demo roles, an applicant whose company is not yet authorized, nobody signed in, and a partner admin deactivated
 * after signing in (the session cookie is genuine, the account inactive).
 */
const CALLERS = [
  "anonymous",
  "deactivatedAdmin",
  "applicant",
  "deniedApplicant",
  "PARTNER_USER",
  "PARTNER_ADMIN",
  "CAM",
  "PHD",
  "PS_COORDINATOR",
  "EDUCATION_SERVICES",
  "CHANNEL_SERVICES",
  "ADMIN",
] as const;
/** Users who hold a capability in another company or region, for the foreign-id cases only. */
type Caller = (typeof CALLERS)[number] | "otherPartnerAdmin" | "phdEmea";
type SignedInCaller = Exclude<Caller, "anonymous">;

// Known before any data exists, so the cases can be listed; beforeAll checks the seeded users are exactly these.
const CALLER_PROFILES: Record<SignedInCaller, { role: Role; partnerStatus: PartnerStatus | null; email?: string }> = {
  deactivatedAdmin: { role: "PARTNER_ADMIN", partnerStatus: "AUTHORIZED" },
  applicant: { role: "PARTNER_USER", partnerStatus: "IN_REVIEW" },
  deniedApplicant: { role: "PARTNER_USER", partnerStatus: "DENIED" },
  PARTNER_USER: { role: "PARTNER_USER", partnerStatus: "AUTHORIZED", email: "partner.user@demo.test" },
  PARTNER_ADMIN: { role: "PARTNER_ADMIN", partnerStatus: "AUTHORIZED", email: "partner.admin@demo.test" },
  CAM: { role: "CAM", partnerStatus: null, email: "cam@demo.test" },
  PHD: { role: "PHD", partnerStatus: null, email: "phd@demo.test" },
  PS_COORDINATOR: { role: "PS_COORDINATOR", partnerStatus: null, email: "ps@demo.test" },
  EDUCATION_SERVICES: { role: "EDUCATION_SERVICES", partnerStatus: null, email: "education@demo.test" },
  CHANNEL_SERVICES: { role: "CHANNEL_SERVICES", partnerStatus: null, email: "channel.services@demo.test" },
  ADMIN: { role: "ADMIN", partnerStatus: null, email: "admin@demo.test" },
  otherPartnerAdmin: { role: "PARTNER_ADMIN", partnerStatus: "AUTHORIZED", email: "other.partner@demo.test" },
  phdEmea: { role: "PHD", partnerStatus: null, email: "phd.emea@demo.test" },
};

/** Callers the session does not recognise: the action client sends them to sign in. */
const SIGNED_OUT: readonly Caller[] = ["anonymous", "deactivatedAdmin"];

function holds(caller: Caller, capability: Capability): boolean {
  if (caller === "anonymous" || SIGNED_OUT.includes(caller)) return false;
  return can(CALLER_PROFILES[caller], capability);
}

// ── the records the inputs point at, made or found in beforeAll ──

const DRAFT_COOKIE = "partner_application";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const NEW_PASSWORD = "a-new-long-password";
const APPLICANT_DOMAIN = `fabrikam-${randomBytes(4).toString("hex")}.example`;

interface Ids {
  users: Record<SignedInCaller, SessionUser>;
  northwind: { website: string; toPromote: string; toDeactivate: string; inactive: string; invitationId: string; invitationToAccept: string };
  other: { colleague: string; inactive: string; invitationId: string; invitationToken: string; notificationId: string };
  applicants: { amerToReview: string; amerToApprove: string; amerToDeny: string; emea: string };
  versions: { toAccept: string; toNegotiate: string; mspCurrent: string; draftToEdit: string; draftToPublish: string };
  templateWithoutDraft: string;
  certifications: { pse: string; associate: string; retired: string; examToVerify: string; examToReject: string };
  legalRequestId: string;
  legalRequestToResolve: string;
  sentEmailId: string;
  resetToken: string;
  draftKey: string;
  /** The key a browser kept after the draft's email was confirmed in another one. */
  movedDraftKey: string;
  /** Open award cases: AMER accounts of the demo CAM (one with its email sent), and an EMEA account of another CAM. */
  awards: { amer: string; amerEmailSent: string; emea: string };
  ctp: {
    /** An account of the demo CAM without a tracking, and the APAC CAM's account (with one). */
    toInvite: string;
    apacPartner: string;
    /** Open items: the demo CAM's program entry item, the APAC tracking's, and a Channel Services item. */
    camItem: string;
    apacItem: string;
    channelItem: string;
    northwindTracking: string;
    apacTracking: string;
    templateItem: string;
    templateItemToMove: string;
  };
  /**
   * NFR requests of an AMER account of the demo CAM (to approve, reject, ask about), Northwind's waiting for its
   * answer, an EMEA company's request and license, and an AMER license to revoke.
   */
  nfr: { toApprove: string; toReject: string; toAsk: string; northwindWaiting: string; emeaRequest: string; emeaLicense: string; amerLicense: string };
  /**
   * Subcontracting, the coordinator's side: a subcontractor (in the PS coordinator's scope) with a SOW being drafted,
   * one at the legal stamp, an active one with a drafted authorization and two replenishment PO requests; and the same
   * records of a partner that does not subcontract (outside that scope).
   */
  sows: { subcontractor: SowRecords; reseller: SowRecords };
  /**
   * Subcontracting hours and invoices: Northwind's and the other company's SOW, authorization, consultant and invoices
   * in each state an action starts from, and a flagged entry and submitted invoice of a partner that does not
   * subcontract (outside the PS coordinator's scope).
   */
  billing: {
    northwind: BillingSide & { flaggedEntry: string; invoiceToSubmit: string; invoiceToApprove: string; invoiceToReject: string };
    other: BillingSide;
    outsider: { flaggedEntry: string; submittedInvoice: string };
  };
  /**
   * The consultant pipeline: Northwind's consultants, one at the stage each step starts from, its active
   * work authorization; a partner that is no subcontractor, its consultant, and another subcontractor's authorization.
   */
  consultants: {
    northwind: string;
    candidate: string;
    /** A candidate without a portal account, and a Northwind user's email to link it to. */
    unlinked: string;
    accountEmail: string;
    toDecline: string;
    skillsSubmitted: string;
    videoReviewed: string;
    certsVerified: string;
    deepDivePassed: string;
    approved: string;
    toAssign: string;
    active: string;
    workAuthorization: string;
    plainPartner: string;
    outside: string;
    otherWorkAuthorization: string;
  };
}

interface SowRecords {
  partnerId: string;
  draftSowId: string;
  stampedSowId: string;
  activeSowId: string;
  workAuthorizationId: string;
  requestToApprove: string;
  requestToCancel: string;
}

interface BillingSide {
  sow: string;
  authorization: string;
  consultant: string;
  draftInvoice: string;
  expense: string;
}
const ids = {} as Ids;

// ── the table: one row per server action ──

interface Case {
  input: () => FormData | Promise<FormData>;
  /** Cookies besides the session, e.g. the draft of an application in progress. */
  cookies?: () => Record<string, string>;
}

interface ForeignCase extends Case {
  as: Caller;
  what: string;
  /** The refusal's message; "not found" unless the operation words it its own way. */
  message?: string;
}

type ActionRow = Case & {
  /** The caller whose call with these inputs must succeed. */
  allowed: Caller;
  /** Records of another company, region or user, tried by a caller who holds the capability. */
  foreign?: ForeignCase[];
} & ({ capability: Capability } | { capability: "public"; why: string });

const NOT_FOUND = new AppError("NOT_FOUND").message;
const FORBIDDEN = new AppError("FORBIDDEN").message;
const TOKEN_INVALID = new AppError("TOKEN_INVALID").message;
const NOT_OUR_AGREEMENT = "That agreement is not one your company needs to respond to.";
const INVITATION_GONE = "That invitation was already accepted, revoked or replaced.";
const DRAFT_GONE = "Your application has expired or was already submitted. Start a new one.";

function form(values: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const draftCookie = () => ({ [DRAFT_COOKIE]: ids.draftKey });
const reviewedByPhd = (partnerId: string, answer: "yes" | "no") =>
  form({ partnerId, ...Object.fromEntries(PHD_CHECKLIST_POSITIONS.map((position) => [`item_${position}`, answer])) });

function nfrRequestForm(values: Record<string, string>): FormData {
  return form({
    contactName: "Dana Contact",
    contactEmail: "dana@contact.example",
    usersCount: "5",
    plan: "ULTIMATE",
    kind: "NEW",
    justification: "Demo environment for our sales engineers.",
    ...values,
  });
}

/** Each NFR decision tried by the AMER PHD on the EMEA company's request, and by the EMEA PHD on an AMER one. */
function nfrAcrossRegions(input: (requestId: string) => FormData): ForeignCase[] {
  return [
    { as: "PHD", what: "an EMEA request", input: () => input(ids.nfr.emeaRequest) },
    { as: "phdEmea", what: "an AMER request", input: () => input(ids.nfr.toAsk) },
  ];
}

/** Each review action tried by the AMER PHD on the EMEA applicant, and by the EMEA PHD on an AMER one. */
function acrossRegions(input: (partnerId: string) => FormData, amerPartnerId: () => string): ForeignCase[] {
  return [
    { as: "PHD", what: "an EMEA applicant", input: () => input(ids.applicants.emea) },
    { as: "phdEmea", what: "an AMER applicant", input: () => input(amerPartnerId()) },
  ];
}

/** Sent by the partner admins of both demo companies, each with the other company's record. */
function acrossCompanies(input: (side: "northwind" | "other") => FormData, message = NOT_FOUND): ForeignCase[] {
  return [
    { as: "PARTNER_ADMIN", what: "another company's record", input: () => input("other"), message },
    { as: "otherPartnerAdmin", what: "another company's record", input: () => input("northwind"), message },
  ];
}

const signedPdf = () => new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "signed.pdf", { type: "application/pdf" });

function workAuthorizationForm(sowId: string): FormData {
  return form({
    sowId,
    projectName: "Acme CI/CD migration",
    customerName: "Acme Corp",
    scope: "Migrate 40 pipelines.",
    technicalRequirements: "Self-managed, SSO.",
    backgroundCheck: "None required",
    rateId: "",
    hourlyRate: "150",
    hoursAuthorized: "10",
    expenseBudget: "0",
    billingTerms: "Monthly in arrears, net 30",
    travelAndExpenses: "Remote",
    startsOn: "2026-12-01",
    endsOn: "2027-01-31",
  });
}

/** The coordinator's action tried on the records of a partner that does not subcontract: outside the PS scope. */
function notSubcontracting(input: (records: SowRecords) => FormData): ForeignCase[] {
  return [{ as: "PS_COORDINATOR", what: "a partner that does not subcontract", input: () => input(ids.sows.reseller) }];
}

/** A week of hours: `consultantOf`'s consultant on `authorizationOf`'s authorization. */
function weekOfHours(consultantOf: "northwind" | "other", authorizationOf: "northwind" | "other"): FormData {
  const authorization = ids.billing[authorizationOf].authorization;
  return form({
    week: "2026-11-02",
    consultantId: ids.billing[consultantOf].consultant,
    [`hours_${authorization}_2026-11-03`]: "2.5",
    [`description_${authorization}`]: "Cut-over rehearsal",
  });
}

/** An expense with a PNG receipt on the side's draft invoice (of January 2026) and authorization. */
function expenseForm(side: "northwind" | "other"): FormData {
  return form({
    invoiceId: ids.billing[side].draftInvoice,
    workAuthorizationId: ids.billing[side].authorization,
    incurredOn: "2026-01-15",
    amount: "42.50",
    description: "Parking at the customer's site",
    receipt: new File([PNG], "receipt.png", { type: "image/png" }),
  });
}

/** A consultant step tried by the PS coordinator on a consultant of a partner that is no subcontractor. */
function outsideConsultant(input: (consultantId: string) => FormData): ForeignCase[] {
  return [{ as: "PS_COORDINATOR", what: "a consultant of a partner that is no subcontractor", input: () => input(ids.consultants.outside) }];
}

function consultantSkillsForm(consultantId: string): FormData {
  return form({ consultantId, ...Object.fromEntries(CONSULTANT_SKILLS.map((skill) => [`skill_${skill.id}`, "4"])) });
}

function deepDiveForm(consultantId: string): FormData {
  return form({ consultantId, heldOn: "2026-11-02", minutes: "40", result: "PASS", pseName: "Dana Senior", notes: "Strong on migrations." });
}

const ACTIONS: Record<string, ActionRow> = {
  // ── the partner's company ──
  "partners/updatePartnerProfileAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () =>
      form({
        description: "We migrate and run platforms.",
        website: ids.northwind.website,
        locations: "Austin, United States",
        languages: "English",
        services: "Migration",
      }),
  },
  "partners/uploadPartnerLogoAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ logo: new File([PNG], "logo.png", { type: "image/png" }) }),
  },
  "partners/invitePartnerUserAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ email: "new.colleague@test.example", role: "PARTNER_USER" }),
  },
  "partners/revokeInvitationAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ invitationId: ids.northwind.invitationId }),
    foreign: acrossCompanies((side) => form({ invitationId: ids[side].invitationId }), INVITATION_GONE),
  },
  "partners/changePartnerUserRoleAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ userId: ids.northwind.toPromote, role: "PARTNER_ADMIN" }),
    foreign: acrossCompanies((side) => form({ userId: side === "other" ? ids.other.colleague : ids.northwind.toPromote, role: "PARTNER_ADMIN" })),
  },
  "partners/deactivatePartnerUserAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ userId: ids.northwind.toDeactivate }),
    foreign: acrossCompanies((side) => form({ userId: side === "other" ? ids.other.colleague : ids.northwind.toDeactivate })),
  },
  "partners/reactivatePartnerUserAction": {
    capability: "company.manage",
    allowed: "PARTNER_ADMIN",
    input: () => form({ userId: ids.northwind.inactive }),
    foreign: acrossCompanies((side) => form({ userId: ids[side].inactive })),
  },
  "partners/acceptInvitationAction": {
    capability: "public",
    why: "the invited person has no account yet; the one-time token is the permission",
    allowed: "anonymous",
    input: () => form({ token: ids.northwind.invitationToAccept, name: "Ivy Invitee", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    foreign: [
      {
        as: "anonymous",
        what: "a password-reset token",
        input: () => form({ token: ids.resetToken, name: "Ivy Invitee", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        message: TOKEN_INVALID,
      },
    ],
  },

  // ── agreements ──
  "agreements/acceptAgreementAction": {
    capability: "agreements.respond",
    allowed: "PARTNER_ADMIN",
    input: () => form({ versionId: ids.versions.toAccept, agree: "yes" }),
    foreign: [
      {
        as: "PARTNER_ADMIN",
        what: "an agreement its tracks do not need",
        input: () => form({ versionId: ids.versions.mspCurrent, agree: "yes" }),
        message: NOT_OUR_AGREEMENT,
      },
      {
        as: "PARTNER_ADMIN",
        what: "an unpublished draft",
        input: () => form({ versionId: ids.versions.draftToPublish, agree: "yes" }),
        message: NOT_OUR_AGREEMENT,
      },
      {
        as: "otherPartnerAdmin",
        what: "an agreement its tracks do not need",
        input: () => form({ versionId: ids.versions.toAccept, agree: "yes" }),
        message: NOT_OUR_AGREEMENT,
      },
    ],
  },
  "agreements/openLegalRequestAction": {
    capability: "agreements.respond",
    allowed: "PARTNER_ADMIN",
    input: () => form({ versionId: ids.versions.toNegotiate, reason: "Section 3 needs 60 days' payment terms for our public customers." }),
    foreign: [
      {
        as: "PARTNER_ADMIN",
        what: "an agreement its tracks do not need",
        input: () => form({ versionId: ids.versions.mspCurrent, reason: "Section 3 needs 60 days' payment terms for our public customers." }),
        message: NOT_OUR_AGREEMENT,
      },
      {
        as: "otherPartnerAdmin",
        what: "an agreement its tracks do not need",
        input: () => form({ versionId: ids.versions.toAccept, reason: "Section 3 needs 60 days' payment terms for our public customers." }),
        message: NOT_OUR_AGREEMENT,
      },
    ],
  },
  "agreements/createAgreementVersionAction": {
    capability: "agreements.manage",
    allowed: "ADMIN",
    input: () => form({ templateId: ids.templateWithoutDraft, body: "# Training Partner Addendum\n\nVersion 2 terms." }),
  },
  "agreements/updateAgreementDraftAction": {
    capability: "agreements.manage",
    allowed: "ADMIN",
    input: () => form({ versionId: ids.versions.draftToEdit, body: "# Master Professional Services Agreement\n\nRevised terms." }),
  },
  "agreements/publishAgreementVersionAction": {
    capability: "agreements.manage",
    allowed: "ADMIN",
    input: () => form({ versionId: ids.versions.draftToPublish }),
  },
  "agreements/updateLegalRequestAction": {
    capability: "legalRequests.manage",
    allowed: "ADMIN",
    input: () => form({ requestId: ids.legalRequestId, status: "IN_NEGOTIATION", note: "Counsel on both sides are talking." }),
  },
  "agreements/resolveLegalRequestAction": {
    capability: "legalRequests.manage",
    allowed: "ADMIN",
    input: () =>
      form({ requestId: ids.legalRequestToResolve, outcome: "AGREED", negotiatedVersion: "Version 2 as amended, signed", exception: "", declineReason: "" }),
  },

  // ── NFR licenses ──
  "nfr/fileNfrRequestAction": {
    capability: "nfr.request",
    allowed: "PARTNER_USER",
    input: () => nfrRequestForm({}),
    foreign: [
      {
        as: "CAM",
        what: "an account of another CAM",
        input: () => nfrRequestForm({ partnerId: ids.users.otherPartnerAdmin.partnerId! }),
        message: "Choose one of your partners.",
      },
      {
        as: "PARTNER_ADMIN",
        what: "another company's license to renew",
        input: () => nfrRequestForm({ kind: "RENEWAL", renewsLicenseId: ids.nfr.emeaLicense }),
        message: "Choose one of the partner's active or expired licenses.",
      },
    ],
  },
  "nfr/approveNfrRequestAction": {
    capability: "nfr.process",
    allowed: "PHD",
    input: () => form({ requestId: ids.nfr.toApprove }),
    foreign: nfrAcrossRegions((requestId) => form({ requestId })),
  },
  "nfr/rejectNfrRequestAction": {
    capability: "nfr.process",
    allowed: "PHD",
    input: () => form({ requestId: ids.nfr.toReject, reason: "The partner should use a trial instead." }),
    foreign: nfrAcrossRegions((requestId) => form({ requestId, reason: "Not yours to reject." })),
  },
  "nfr/askNfrRequestInfoAction": {
    capability: "nfr.process",
    allowed: "PHD",
    input: () => form({ requestId: ids.nfr.toAsk, question: "Which team will use these seats?" }),
    foreign: nfrAcrossRegions((requestId) => form({ requestId, question: "Not yours to ask." })),
  },
  "nfr/answerNfrRequestInfoAction": {
    capability: "nfr.request",
    allowed: "PARTNER_USER",
    input: () => form({ requestId: ids.nfr.northwindWaiting, answer: "The solutions team, for demos." }),
    foreign: [
      { as: "otherPartnerAdmin", what: "another company's request", input: () => form({ requestId: ids.nfr.northwindWaiting, answer: "Not ours." }) },
      { as: "CAM", what: "a request of another CAM's account", input: () => form({ requestId: ids.nfr.emeaRequest, answer: "Not mine." }) },
    ],
  },
  "nfr/revokeNfrLicenseAction": {
    capability: "nfr.process",
    allowed: "PHD",
    input: () => form({ licenseId: ids.nfr.amerLicense, reason: "Used in a customer's production." }),
    foreign: [
      { as: "PHD", what: "an EMEA license", input: () => form({ licenseId: ids.nfr.emeaLicense, reason: "Not yours." }) },
      { as: "phdEmea", what: "an AMER license", input: () => form({ licenseId: ids.nfr.amerLicense, reason: "Not yours." }) },
    ],
  },
  "nfr/updateNfrCapModeAction": {
    capability: "nfr.settings",
    allowed: "ADMIN",
    input: () => form({ nfrCapMode: "USERS" }),
  },

  // ── CTP trackings ──
  "ctp/inviteCtpPartnerAction": {
    capability: "ctp.manage",
    allowed: "CAM",
    input: () => form({ partnerId: ids.ctp.toInvite }),
    foreign: [{ as: "CAM", what: "another CAM's account", input: () => form({ partnerId: ids.ctp.apacPartner }) }],
  },
  "ctp/completeCtpItemAction": {
    capability: "ctp.work",
    allowed: "CAM",
    input: () => form({ itemId: ids.ctp.camItem }),
    foreign: [
      { as: "CAM", what: "another CAM's tracking", input: () => form({ itemId: ids.ctp.apacItem }) },
      { as: "PARTNER_ADMIN", what: "another company's tracking", input: () => form({ itemId: ids.ctp.apacItem }) },
      {
        as: "EDUCATION_SERVICES",
        what: "the CAM's item",
        input: () => form({ itemId: ids.ctp.camItem }),
        message: "Only the account's CAM completes items of this section.",
      },
      {
        as: "CAM",
        what: "Channel Services' item",
        input: () => form({ itemId: ids.ctp.channelItem }),
        message: "Only Channel Services completes items of this section.",
      },
    ],
  },
  "ctp/enrollCtpCandidateAction": {
    capability: "ctp.participate",
    allowed: "PARTNER_USER",
    input: () => form({ trackingId: ids.ctp.northwindTracking }),
    foreign: [
      { as: "PARTNER_ADMIN", what: "another company's tracking", input: () => form({ trackingId: ids.ctp.apacTracking }) },
      { as: "otherPartnerAdmin", what: "another company's tracking", input: () => form({ trackingId: ids.ctp.northwindTracking }) },
    ],
  },
  "ctp/addCtpTemplateItemAction": {
    capability: "ctp.template.manage",
    allowed: "ADMIN",
    input: () => form({ section: "COMPETENCY", title: "Observe a live class" }),
  },
  "ctp/renameCtpTemplateItemAction": {
    capability: "ctp.template.manage",
    allowed: "ADMIN",
    input: () => form({ itemId: ids.ctp.templateItem, title: "Hold the CTP kickoff call with the partner" }),
  },
  "ctp/moveCtpTemplateItemAction": {
    capability: "ctp.template.manage",
    allowed: "ADMIN",
    input: () => form({ itemId: ids.ctp.templateItemToMove, direction: "down" }),
  },
  "ctp/setCtpTemplateItemActiveAction": {
    capability: "ctp.template.manage",
    allowed: "ADMIN",
    input: () => form({ itemId: ids.ctp.templateItem, active: "no" }),
  },

  // ── mail and notifications ──
  "mail/resendOutboxEmailAction": {
    capability: "emails.manage",
    allowed: "ADMIN",
    input: () => form({ emailId: ids.sentEmailId }),
  },
  "notifications/markNotificationsReadAction": {
    capability: "notifications.own",
    allowed: "PARTNER_ADMIN",
    input: () => form({ all: "true" }),
    foreign: (["PARTNER_USER", "PARTNER_ADMIN", "CAM", "PHD", "PS_COORDINATOR", "ADMIN"] as const).map((as) => ({
      as,
      what: "another user's notification",
      input: () => form({ notificationId: ids.other.notificationId }),
    })),
  },
  "notifications/updateNotificationPreferencesAction": {
    capability: "notifications.own",
    allowed: "CAM",
    input: () => form(Object.fromEntries(NOTIFICATION_TYPES.map((entry) => [entry.type, "DAILY_DIGEST"]))),
  },

  // ── signing in and out ──
  "account/requestPasswordResetAction": {
    capability: "public",
    why: "asked for by someone who cannot sign in; it says the same whether or not the address has an account",
    allowed: "anonymous",
    input: () => form({ email: "partner.user@demo.test" }),
  },
  "account/resetPasswordAction": {
    capability: "public",
    why: "the emailed one-time token is the permission",
    allowed: "anonymous",
    input: () => form({ token: ids.resetToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    foreign: [
      {
        as: "anonymous",
        what: "another company's invitation token",
        input: () => form({ token: ids.other.invitationToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
        message: TOKEN_INVALID,
      },
    ],
  },
  "account/signOutAction": {
    capability: "public",
    why: "ends whatever session the browser has, if any",
    allowed: "PARTNER_USER",
    input: () => form({}),
  },

  // ── applying (in the order an applicant goes through the steps) ──
  "applications/saveCompanyStepAction": {
    capability: "public",
    why: "applicants have no account until the application is submitted; the draft cookie is theirs",
    allowed: "anonymous",
    input: () =>
      form({ legalName: "Fabrikam Integration", website: `https://${APPLICANT_DOMAIN}`, country: "United States", region: "AMER", size: "SIZE_11_50" }),
  },
  "applications/saveProgramStepAction": {
    capability: "public",
    why: "a step of the application, reached through the draft cookie",
    allowed: "anonymous",
    cookies: draftCookie,
    input: () => form({ tracks: "RESELLER", tier: "OPEN", workPlan: "We resell subscriptions to mid-size manufacturers." }),
    foreign: [
      {
        as: "anonymous",
        what: "a draft key that is not theirs",
        cookies: () => ({ [DRAFT_COOKIE]: randomBytes(24).toString("base64url") }),
        input: () => form({ tracks: "RESELLER", tier: "OPEN", workPlan: "We resell subscriptions to mid-size manufacturers." }),
        message: DRAFT_GONE,
      },
    ],
  },
  "applications/saveContactStepAction": {
    capability: "public",
    why: "a step of the application, reached through the draft cookie",
    allowed: "anonymous",
    cookies: draftCookie,
    input: () =>
      form({
        name: "Priya Natarajan",
        email: `priya@${APPLICANT_DOMAIN}`,
        phone: "+1 512 555 0100",
        title: "CEO",
        password: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
  },
  "applications/resendApplicationVerificationAction": {
    capability: "public",
    why: "a step of the application, reached through the draft cookie",
    allowed: "anonymous",
    cookies: draftCookie,
    input: () => form({}),
  },
  "applications/requestApplicationHandoverAction": {
    capability: "public",
    why: "the browser whose draft moved has only its old key; the link goes to the draft's own address",
    allowed: "anonymous",
    cookies: () => ({ [DRAFT_COOKIE]: ids.movedDraftKey }),
    input: () => form({}),
    foreign: [
      {
        as: "anonymous",
        what: "a draft key that never moved",
        cookies: () => ({ [DRAFT_COOKIE]: randomBytes(24).toString("base64url") }),
        input: () => form({}),
        message: DRAFT_GONE,
      },
    ],
  },
  "applications/verifyApplicationEmailAction": {
    capability: "public",
    why: "the emailed one-time token is the permission",
    allowed: "anonymous",
    input: async () => form({ token: await verificationToken(`priya@${APPLICANT_DOMAIN}`) }),
    foreign: [{ as: "anonymous", what: "a password-reset token", input: () => form({ token: ids.resetToken }), message: TOKEN_INVALID }],
  },
  "applications/saveAgreementsStepAction": {
    capability: "public",
    why: "a step of the application, reached through the draft cookie",
    allowed: "anonymous",
    cookies: draftCookie,
    input: () => form({ decision_MPA: "ACCEPT", decision_RESELLER_ADDENDUM: "ACCEPT" }),
  },
  "applications/submitApplicationAction": {
    capability: "public",
    why: "a step of the application, reached through the draft cookie",
    allowed: "anonymous",
    cookies: draftCookie,
    input: () => form({}),
  },

  "applications/reapplyApplicationAction": {
    capability: "application.reapply",
    allowed: "deniedApplicant",
    input: () => form({ whatChanged: "Our website now lists our reseller customers.", workPlan: "We resell subscriptions to mid-size manufacturers." }),
  },

  // ── reviewing applicants ──
  "applications/saveReviewChecklistAction": {
    capability: "applicants.review",
    allowed: "PHD",
    input: () => reviewedByPhd(ids.applicants.amerToReview, "yes"),
    foreign: acrossRegions(
      (partnerId) => reviewedByPhd(partnerId, "no"),
      () => ids.applicants.amerToApprove,
    ),
  },
  "applications/updateApplicantAccountAction": {
    capability: "applicants.review",
    allowed: "PHD",
    input: () => form({ partnerId: ids.applicants.amerToReview, region: "AMER", camOwnerId: ids.users.CAM.id, crmId: "001TESTREVIEWED01" }),
    foreign: acrossRegions(
      (partnerId) => form({ partnerId, region: "APAC", camOwnerId: "", crmId: "001TESTFOREIGN001" }),
      () => ids.applicants.amerToReview,
    ),
  },
  "applications/addAccountNoteAction": {
    capability: "applicants.review",
    allowed: "PHD",
    input: () => form({ partnerId: ids.applicants.amerToReview, note: "Called the primary contact about their CRM record." }),
    foreign: acrossRegions(
      (partnerId) => form({ partnerId, note: "A note from the wrong desk." }),
      () => ids.applicants.amerToReview,
    ),
  },
  "applications/approveApplicationAction": {
    capability: "applicants.review",
    allowed: "PHD",
    input: () => form({ partnerId: ids.applicants.amerToApprove }),
    foreign: acrossRegions(
      (partnerId) => form({ partnerId }),
      () => ids.applicants.amerToApprove,
    ),
  },
  // ── certifications ──
  "certifications/saveCertificationAction": {
    capability: "certifications.manage",
    allowed: "ADMIN",
    input: () =>
      form({
        certificationId: ids.certifications.pse,
        code: "PSE",
        name: "Professional Services Engineer",
        passingScore: "82",
        validityMonths: "24",
        countsTowardPsp: "on",
        meetsNfrCheck: "on",
        active: "on",
      }),
  },
  "certifications/updatePspThresholdAction": {
    capability: "certifications.manage",
    allowed: "ADMIN",
    input: () => form({ pspThreshold: "4" }),
  },
  "certifications/recordCertificationStepAction": {
    capability: "certifications.record",
    allowed: "PARTNER_ADMIN",
    input: () =>
      form({
        certificationId: ids.certifications.associate,
        step: "TRAINING",
        score: "",
        completedOn: "2026-11-02",
        certificate: new File([PNG], "certificate.png", { type: "image/png" }),
      }),
    foreign: [
      {
        // The person and company come from the session; the one record the form names is the catalog's certification.
        as: "otherPartnerAdmin",
        what: "a certification retired from the catalog",
        input: () =>
          form({
            certificationId: ids.certifications.retired,
            step: "TRAINING",
            score: "",
            completedOn: "2026-11-02",
            certificate: new File([PNG], "certificate.png", { type: "image/png" }),
          }),
        message: "Choose a certification of the catalog.",
      },
    ],
  },
  "certifications/verifyExamPassAction": {
    capability: "certifications.verify",
    allowed: "EDUCATION_SERVICES",
    input: () => form({ stepId: ids.certifications.examToVerify }),
  },
  "certifications/rejectExamPassAction": {
    capability: "certifications.verify",
    allowed: "EDUCATION_SERVICES",
    input: () => form({ stepId: ids.certifications.examToReject, reason: "The certificate names another person." }),
  },
  "certifications/importCompletionsAction": {
    capability: "certifications.import",
    allowed: "EDUCATION_SERVICES",
    input: () =>
      form({
        file: new File(
          [`email,certification code,step,score,completed date,external id\npartner.user@demo.test,ASSOCIATE,lab,,2026-11-03,every-action-1\n`],
          "completions.csv",
          { type: "text/csv" },
        ),
      }),
  },

  "applications/denyApplicationAction": {
    capability: "applicants.review",
    allowed: "ADMIN",
    input: () => form({ partnerId: ids.applicants.amerToDeny, reason: "The website does not describe an operating business." }),
    foreign: acrossRegions(
      (partnerId) => form({ partnerId, reason: "The website does not describe an operating business." }),
      () => ids.applicants.amerToDeny,
    ),
  },
  // ── award cases: the CAM's of the accounts it owns, the desk's of its region ──
  "awards/sendAwardEmailAction": {
    capability: "awards.sendEmail",
    allowed: "CAM",
    input: () => form({ caseId: ids.awards.amer }),
    foreign: [{ as: "CAM", what: "the case of another CAM's account", input: () => form({ caseId: ids.awards.emea }) }],
  },
  "awards/updateAwardProfileAction": {
    capability: "awards.updateProfile",
    allowed: "PHD",
    input: () => form({ caseId: ids.awards.amer }),
    foreign: [
      { as: "PHD", what: "an EMEA partner's case", input: () => form({ caseId: ids.awards.emea }) },
      { as: "phdEmea", what: "an AMER partner's case", input: () => form({ caseId: ids.awards.amer }) },
    ],
  },
  "awards/grantCommunityAccessAction": {
    capability: "awards.updateProfile",
    allowed: "PHD",
    input: () => form({ caseId: ids.awards.amerEmailSent }),
    foreign: [
      { as: "PHD", what: "an EMEA partner's case", input: () => form({ caseId: ids.awards.emea }) },
      { as: "phdEmea", what: "an AMER partner's case", input: () => form({ caseId: ids.awards.amerEmailSent }) },
    ],
  },

  // ── subcontracting: agreements, Prime SOWs and work authorizations ──
  "subcontracting/changeSubcontractRelationshipAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ partnerId: ids.sows.subcontractor.partnerId, relationship: "INDIRECT_PROJECT_BASED" }),
    foreign: notSubcontracting((records) => form({ partnerId: records.partnerId, relationship: "INDIRECT_PROJECT_BASED" })),
  },
  "subcontracting/recordAgreementExecutedAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ partnerId: ids.sows.subcontractor.partnerId, kind: "MSA", executedOn: "2026-11-02", signedDocument: signedPdf() }),
    foreign: notSubcontracting((records) => form({ partnerId: records.partnerId, kind: "MSA", executedOn: "2026-11-02", signedDocument: signedPdf() })),
  },
  "subcontracting/createPrimeSowAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ partnerId: ids.sows.subcontractor.partnerId, amount: "300000", rates: "Consultant: 150" }),
    foreign: notSubcontracting((records) => form({ partnerId: records.partnerId, amount: "300000", rates: "Consultant: 150" })),
  },
  "subcontracting/updateSowRatesAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ sowId: ids.sows.subcontractor.draftSowId, rates: "Architect: 250" }),
    foreign: notSubcontracting((records) => form({ sowId: records.draftSowId, rates: "Architect: 250" })),
  },
  "subcontracting/movePrimeSowAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ sowId: ids.sows.subcontractor.stampedSowId, to: "OUT_FOR_SIGNATURE", poNumber: "", note: "" }),
    foreign: notSubcontracting((records) => form({ sowId: records.stampedSowId, to: "OUT_FOR_SIGNATURE", poNumber: "", note: "" })),
  },
  "subcontracting/attachSowDocumentAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ sowId: ids.sows.subcontractor.draftSowId, label: "SOW text v1", document: signedPdf() }),
    foreign: notSubcontracting((records) => form({ sowId: records.draftSowId, label: "SOW text v1", document: signedPdf() })),
  },
  "subcontracting/approveSowPoRequestAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ requestId: ids.sows.subcontractor.requestToApprove, poNumber: "PO-4500099" }),
    foreign: notSubcontracting((records) => form({ requestId: records.requestToApprove, poNumber: "PO-4500099" })),
  },
  "subcontracting/cancelSowPoRequestAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ requestId: ids.sows.subcontractor.requestToCancel }),
    foreign: notSubcontracting((records) => form({ requestId: records.requestToCancel })),
  },
  "subcontracting/createWorkAuthorizationAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => workAuthorizationForm(ids.sows.subcontractor.activeSowId),
    foreign: notSubcontracting((records) => workAuthorizationForm(records.activeSowId)),
  },
  "subcontracting/changeWorkAuthorizationStatusAction": {
    capability: "sows.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ workAuthorizationId: ids.sows.subcontractor.workAuthorizationId, move: "ACTIVATE" }),
    foreign: notSubcontracting((records) => form({ workAuthorizationId: records.workAuthorizationId, move: "ACTIVATE" })),
  },
  // ── subcontracting: hours and invoices (billing) ──
  "subcontracting/logWeekHoursAction": {
    capability: "subcontracting.bill",
    allowed: "PARTNER_ADMIN",
    input: () => weekOfHours("northwind", "northwind"),
    foreign: [
      { as: "PARTNER_ADMIN", what: "another company's authorization", input: () => weekOfHours("northwind", "other") },
      { as: "otherPartnerAdmin", what: "another company's consultant", input: () => weekOfHours("northwind", "other") },
    ],
  },
  "subcontracting/decideTimeEntryAction": {
    capability: "invoices.review",
    allowed: "PS_COORDINATOR",
    input: () => form({ entryId: ids.billing.northwind.flaggedEntry, decision: "APPROVED" }),
    foreign: [
      {
        as: "PS_COORDINATOR",
        what: "hours of a partner that does not subcontract",
        input: () => form({ entryId: ids.billing.outsider.flaggedEntry, decision: "APPROVED" }),
      },
    ],
  },
  "subcontracting/draftInvoiceAction": {
    capability: "subcontracting.bill",
    allowed: "PARTNER_ADMIN",
    input: () => form({ sowId: ids.billing.northwind.sow, month: "2026-06" }),
    foreign: acrossCompanies((side) => form({ sowId: ids.billing[side].sow, month: "2026-06" })),
  },
  "subcontracting/addInvoiceExpenseAction": {
    capability: "subcontracting.bill",
    allowed: "PARTNER_ADMIN",
    input: () => expenseForm("northwind"),
    foreign: acrossCompanies((side) => expenseForm(side)),
  },
  "subcontracting/removeInvoiceExpenseAction": {
    capability: "subcontracting.bill",
    allowed: "PARTNER_ADMIN",
    input: () => form({ expenseId: ids.billing.northwind.expense }),
    foreign: acrossCompanies((side) => form({ expenseId: ids.billing[side].expense })),
  },
  "subcontracting/submitInvoiceAction": {
    capability: "subcontracting.bill",
    allowed: "PARTNER_ADMIN",
    input: () => form({ invoiceId: ids.billing.northwind.invoiceToSubmit }),
    foreign: acrossCompanies((side) => form({ invoiceId: side === "northwind" ? ids.billing.northwind.invoiceToSubmit : ids.billing.other.draftInvoice })),
  },
  "subcontracting/approveInvoiceAction": {
    capability: "invoices.review",
    allowed: "PS_COORDINATOR",
    input: () => form({ invoiceId: ids.billing.northwind.invoiceToApprove }),
    foreign: [
      {
        as: "PS_COORDINATOR",
        what: "an invoice of a partner that does not subcontract",
        input: () => form({ invoiceId: ids.billing.outsider.submittedInvoice }),
      },
    ],
  },
  "subcontracting/rejectInvoiceAction": {
    capability: "invoices.review",
    allowed: "PS_COORDINATOR",
    input: () => form({ invoiceId: ids.billing.northwind.invoiceToReject, reason: "The expenses need receipts." }),
    foreign: [
      {
        as: "PS_COORDINATOR",
        what: "an invoice of a partner that does not subcontract",
        input: () => form({ invoiceId: ids.billing.outsider.submittedInvoice, reason: "Not yours." }),
      },
    ],
  },
  // ── the consultant pipeline ──
  "subcontracting/addConsultantAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ partnerId: ids.consultants.northwind, name: "Casey Candidate", email: "casey@candidate.example", accountEmail: "" }),
    foreign: [
      {
        as: "PS_COORDINATOR",
        what: "a partner that is no subcontractor",
        input: () => form({ partnerId: ids.consultants.plainPartner, name: "Casey", email: "casey@candidate.example" }),
      },
    ],
  },
  "subcontracting/linkConsultantAccountAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.unlinked, accountEmail: ids.consultants.accountEmail }),
    foreign: outsideConsultant((consultantId) => form({ consultantId, accountEmail: ids.consultants.accountEmail })),
  },
  "subcontracting/submitConsultantSkillsAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => consultantSkillsForm(ids.consultants.candidate),
    foreign: outsideConsultant((consultantId) => consultantSkillsForm(consultantId)),
  },
  "subcontracting/reviewConsultantVideoAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.skillsSubmitted, videoUrl: "https://videos.example.com/casey", videoReview: "Clear and calm." }),
    foreign: outsideConsultant((consultantId) => form({ consultantId, videoUrl: "https://videos.example.com/x", videoReview: "Not yours." })),
  },
  "subcontracting/verifyConsultantCertificationsAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.videoReviewed }),
    foreign: outsideConsultant((consultantId) => form({ consultantId })),
  },
  "subcontracting/recordConsultantDeepDiveAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => deepDiveForm(ids.consultants.certsVerified),
    foreign: outsideConsultant((consultantId) => deepDiveForm(consultantId)),
  },
  "subcontracting/approveConsultantAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.deepDivePassed }),
    foreign: outsideConsultant((consultantId) => form({ consultantId })),
  },
  "subcontracting/declineConsultantAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.toDecline, reason: "Not available for the start date." }),
    foreign: outsideConsultant((consultantId) => form({ consultantId, reason: "Not yours." })),
  },
  "subcontracting/updateConsultantOnboardingAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.approved, accessRequested: "on", onboardingBuddy: "Sam Buddy" }),
    foreign: outsideConsultant((consultantId) => form({ consultantId, accessRequested: "on" })),
  },
  "subcontracting/updateConsultantOffboardingAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.active, retroNotes: "Went well.", accessRemoved: "on" }),
    foreign: outsideConsultant((consultantId) => form({ consultantId, accessRemoved: "on" })),
  },
  "subcontracting/assignConsultantAction": {
    capability: "consultants.manage",
    allowed: "PS_COORDINATOR",
    input: () => form({ consultantId: ids.consultants.toAssign, workAuthorizationId: ids.consultants.workAuthorization }),
    foreign: [
      ...outsideConsultant((consultantId) => form({ consultantId, workAuthorizationId: ids.consultants.workAuthorization })),
      {
        as: "PS_COORDINATOR",
        what: "another subcontractor's work authorization",
        input: () => form({ consultantId: ids.consultants.toAssign, workAuthorizationId: ids.consultants.otherWorkAuthorization }),
      },
    ],
  },
};

// ── calling an action as Next would ──

type Outcome = { state: ActionState } | { redirect: string };
/** What a refused call gives back: the error's message (fields and echoed values aside), or the way to sign in. */
type Refusal = { state: { status: "error"; message: string } } | { redirect: "/login" };
let requestCount = 0;
const sessionCookies = {} as Record<SignedInCaller, string>;

async function call(key: string, as: Caller, scenario: Case): Promise<Outcome> {
  const action = discovered[key];
  if (!action) throw new Error(`${key} is in the table but no actions.ts exports it`);
  return callAction(action, as, scenario);
}

async function callAction(action: ServerAction, as: Caller, scenario: Case): Promise<Outcome> {
  const formData = await scenario.input();
  request.cookies = new Map(Object.entries(scenario.cookies?.() ?? {}));
  if (as !== "anonymous") request.cookies.set(SESSION_COOKIE_NAME, sessionCookies[as]);
  requestCount += 1;
  // A fresh address per request, so the per-IP rations on emailed links never add up across cases.
  request.headers = new Headers({ "x-forwarded-for": `203.0.113.${requestCount % 250}`, "user-agent": "vitest" });
  request.revalidated = [];
  try {
    return { state: await action({ status: "idle" }, formData) };
  } catch (error) {
    if (isRedirectError(error)) return { redirect: getURLFromRedirectError(error) };
    throw error;
  }
}

/**
 * A digest of every row of every table (ours, and pg-boss's jobs) in one statement, and the names of the stored files.
 * The result names each table, so a failed comparison says which one changed.
 */
let fingerprintSql: string;
async function fingerprint(): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const tables = await prisma.$queryRaw<{ schema: string; name: string }[]>`
      SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname IN ('public', 'pgboss')
        -- pg-boss's record of its own running instances is rewritten on pg-boss's clock, whatever an action does.
        AND NOT (n.nspname = 'pgboss' AND c.relname = 'instance')
      ORDER BY 1, 2`;
    expect(tables.map((table) => `${table.schema}.${table.name}`)).toEqual(
      expect.arrayContaining(["public.AuditEvent", "public.OutboxEmail", "public.Notification", "pgboss.job"]),
    );
    fingerprintSql = tables
      .map(
        ({ schema, name }) =>
          `SELECT '${schema}.${name}' AS "table", (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${schema}"."${name}" t) AS digest`,
      )
      .join(" UNION ALL ");
  }
  const rows = await prisma.$queryRawUnsafe<{ table: string; digest: string }[]>(fingerprintSql);
  const files = readdirSync(filesDir, { recursive: true, encoding: "utf8" }).sort().join(", ");
  return { ...Object.fromEntries(rows.map((row) => [row.table, row.digest])), files };
}

async function expectRefusedWithNothingChanged(key: string, as: Caller, scenario: Case, refusal: Refusal) {
  const before = await fingerprint();
  const outcome = await call(key, as, scenario);
  expect(outcome).toMatchObject(refusal);
  expect(request.revalidated).toEqual([]);
  expect(await fingerprint()).toEqual(before);
}

async function verificationToken(email: string): Promise<string> {
  const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email, template: "applicationEmailVerification" }, orderBy: { createdAt: "desc" } });
  const token = /token=([\w-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no token in the verification mail");
  return token;
}

// ── the records ──

async function demoUser(where: { email: string } | { partnerId: string }): Promise<SessionUser> {
  return toSessionUser(await prisma.user.findFirstOrThrow({ where, orderBy: { createdAt: "asc" }, select: SESSION_USER_SELECT }));
}

async function token(purpose: TokenPurpose, fields: { partnerId?: string; userId?: string; issuedById?: string; email?: string }) {
  return prisma.$transaction((tx) =>
    createOneTimeToken(tx, {
      purpose,
      email: fields.email ?? `invitee-${randomBytes(4).toString("hex")}@test.example`,
      partnerId: fields.partnerId,
      userId: fields.userId,
      issuedById: fields.issuedById,
      role: purpose === "INVITATION" ? "PARTNER_USER" : undefined,
      ttlMinutes: 24 * 60,
    }),
  );
}

/**
 * An applicant in review with its primary contact; `checked` answers the PHD's items, links its CRM id and accepts
 * its agreements, so it can be approved.
 */
async function makeApplicant(region: Region, checked: boolean): Promise<string> {
  const partner = await makePartner({ region, status: "IN_REVIEW" });
  await makeUser("PARTNER_USER", { partnerId: partner.id });
  if (checked) {
    await prisma.partner.update({ where: { id: partner.id }, data: { crmId: `CRM-${partner.id}` } });
    for (const kind of requiredAgreementKinds(partner.tracks)) {
      const version = await prisma.agreementVersion.findFirstOrThrow({ where: { template: { kind }, publishedAt: { not: null } }, select: { id: true } });
      await prisma.agreementAcceptance.create({ data: { versionId: version.id, partnerId: partner.id, region } });
    }
  }
  await prisma.partnerReview.create({
    data: {
      partnerId: partner.id,
      kind: "APPLICANT",
      items: { create: REVIEW_CHECKLIST.map(({ position }) => ({ position, answer: checked && PHD_CHECKLIST_POSITIONS.includes(position) ? true : null })) },
    },
  });
  return partner.id;
}

async function newVersion(kind: AgreementKind, published: boolean): Promise<string> {
  const latest = await prisma.agreementVersion.findFirstOrThrow({
    where: { template: { kind } },
    orderBy: { version: "desc" },
    select: { templateId: true, version: true },
  });
  const version = await prisma.agreementVersion.create({
    data: {
      templateId: latest.templateId,
      version: latest.version + 1,
      body: `# ${kind}\n\nVersion ${latest.version + 1}.`,
      publishedAt: published ? new Date() : null,
    },
    select: { id: true },
  });
  return version.id;
}

let filesDir: string;

beforeAll(async () => {
  filesDir = mkdtempSync(path.join(tmpdir(), "portal-every-action-"));
  process.env.FILE_STORAGE_DIR = filesDir;
  await seedDemoData(prisma, { password: "demo-password" });

  const amerApplicant = await prisma.partner.findFirstOrThrow({ where: { status: "IN_REVIEW", region: "AMER" }, select: { id: true } });
  const deniedApplicant = await prisma.partner.findFirstOrThrow({ where: { status: "DENIED" }, select: { id: true } });
  const northwindId = (await demoUser({ email: "partner.admin@demo.test" })).partnerId!;
  const deactivated = await makeUser("PARTNER_ADMIN", { partnerId: northwindId, active: false });
  const users = {} as Record<SignedInCaller, SessionUser>;
  for (const [caller, profile] of Object.entries(CALLER_PROFILES) as [SignedInCaller, (typeof CALLER_PROFILES)[SignedInCaller]][]) {
    const applicantOf = caller === "deniedApplicant" ? deniedApplicant : amerApplicant;
    const user = caller === "deactivatedAdmin" ? deactivated : await demoUser(profile.email ? { email: profile.email } : { partnerId: applicantOf.id });
    expect({ caller, role: user.role, partnerStatus: user.partnerStatus }).toEqual({ caller, role: profile.role, partnerStatus: profile.partnerStatus });
    users[caller] = user;
    sessionCookies[caller] = (await openSessionCookie(user)).cookie;
  }
  ids.users = users;

  const otherId = users.otherPartnerAdmin.partnerId!;
  const invitationToRevoke = await token("INVITATION", { partnerId: northwindId, issuedById: users.PARTNER_ADMIN.id });
  const invitationToAccept = await token("INVITATION", { partnerId: northwindId, issuedById: users.PARTNER_ADMIN.id });
  const otherInvitation = await token("INVITATION", { partnerId: otherId, issuedById: users.otherPartnerAdmin.id });
  const otherColleague = await makeUser("PARTNER_USER", { partnerId: otherId });
  const toReset = await makeUser("PARTNER_USER", { partnerId: northwindId });
  ids.northwind = {
    website: (await prisma.partner.findUniqueOrThrow({ where: { id: northwindId }, select: { website: true } })).website,
    toPromote: (await makeUser("PARTNER_USER", { partnerId: northwindId })).id,
    toDeactivate: (await makeUser("PARTNER_USER", { partnerId: northwindId })).id,
    inactive: (await makeUser("PARTNER_USER", { partnerId: northwindId, active: false })).id,
    invitationId: invitationToRevoke.id,
    invitationToAccept: invitationToAccept.token,
  };
  ids.other = {
    colleague: otherColleague.id,
    inactive: (await makeUser("PARTNER_USER", { partnerId: otherId, active: false })).id,
    invitationId: otherInvitation.id,
    invitationToken: otherInvitation.token,
    notificationId: (
      await prisma.notification.create({
        data: { userId: otherColleague.id, type: "license.expiring", title: "License expiring", body: "Soon.", link: "/partner" },
        select: { id: true },
      })
    ).id,
  };
  ids.resetToken = (await token("PASSWORD_RESET", { userId: toReset.id, email: toReset.email })).token;
  ids.movedDraftKey = randomBytes(24).toString("base64url");
  await prisma.applicationDraft.create({
    data: {
      id: hashToken(randomBytes(24).toString("base64url")),
      supersededId: hashToken(ids.movedDraftKey),
      email: "moved-draft@test.example",
      step: 4,
      data: {},
    },
  });
  ids.applicants = {
    amerToReview: amerApplicant.id,
    amerToApprove: await makeApplicant("AMER", true),
    amerToDeny: await makeApplicant("AMER", false),
    emea: await makeApplicant("EMEA", true),
  };
  // Northwind (reseller and services) has accepted everything; new versions give it something to respond to.
  ids.versions = {
    toAccept: await newVersion("RESELLER_ADDENDUM", true),
    toNegotiate: await newVersion("REFERRAL_SERVICES_ADDENDUM", true),
    mspCurrent: (
      await prisma.agreementVersion.findFirstOrThrow({ where: { template: { kind: "MSP_AGREEMENT" } }, orderBy: { version: "desc" }, select: { id: true } })
    ).id,
    draftToEdit: await newVersion("MSA", false),
    draftToPublish: await newVersion("DPA", false),
  };
  ids.templateWithoutDraft = (await prisma.agreementTemplate.findUniqueOrThrow({ where: { kind: "TRAINING_ADDENDUM" }, select: { id: true } })).id;
  ids.legalRequestId = (await prisma.legalRequest.findFirstOrThrow({ where: { status: "OPEN" }, select: { id: true } })).id;
  const counsel = await makePartner({ region: "EMEA", status: "IN_REVIEW" });
  const counselAdmin = await makeUser("PARTNER_USER", { partnerId: counsel.id });
  ids.legalRequestToResolve = (
    await prisma.legalRequest.create({
      data: {
        partnerId: counsel.id,
        versionId: ids.versions.toNegotiate,
        requestedById: counselAdmin.id,
        reason: "Our counsel needs the liability cap changed.",
      },
      select: { id: true },
    })
  ).id;
  const catalogId = async (code: string) => (await prisma.certification.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  const retired = await prisma.certification.create({
    data: { code: "RETIRED-1", name: "Retired certification", passingScore: 70, active: false },
    select: { id: true },
  });
  const otherAdmin = users.otherPartnerAdmin;
  ids.certifications = {
    pse: await catalogId("PSE"),
    associate: await catalogId("ASSOCIATE"),
    retired: retired.id,
    examToVerify: (
      await prisma.certificationStep.findFirstOrThrow({ where: { step: "EXAM", source: "SELF_RECORDED", verifiedAt: null }, select: { id: true } })
    ).id,
    examToReject: (
      await prisma.certificationStep.create({
        data: {
          userId: otherAdmin.id,
          partnerId: otherId,
          certificationId: await catalogId("SECURITY"),
          step: "EXAM",
          score: 90,
          completedAt: new Date("2026-11-01T00:00:00Z"),
          source: "SELF_RECORDED",
        },
        select: { id: true },
      })
    ).id,
  };
  ids.sentEmailId = (
    await prisma.outboxEmail.create({
      data: {
        to: "someone@test.example",
        template: "passwordReset",
        subject: "Reset",
        html: "<p>Reset</p>",
        text: "Reset",
        status: "SENT",
        attempts: 1,
        sentAt: new Date(),
      },
      select: { id: true },
    })
  ).id;
  const demoCase = async (status: "OPEN" | "EMAIL_SENT") =>
    (await prisma.awardCase.findFirstOrThrow({ where: { status, partner: { camOwnerId: users.CAM.id, phdRegion: "AMER" } }, select: { id: true } })).id;
  ids.awards = {
    amer: await demoCase("OPEN"),
    amerEmailSent: await demoCase("EMAIL_SENT"),
    emea: (
      await prisma.awardCase.create({
        data: { partnerId: otherId, kind: "PSP", dueAt: new Date(), firstCompanyCertification: true, awardEmailSentAt: new Date() },
        select: { id: true },
      })
    ).id,
  };
  ids.ctp = await ctpIds(users, northwindId);
  ids.nfr = await nfrIds(users, northwindId, otherId);
  ids.sows = { subcontractor: await sowRecords(await makeSubcontractor()), reseller: await sowRecords(await makePartner()) };
  ids.billing = await billingIds(northwindId, otherId);
  ids.consultants = await consultantIds(northwindId);
}, 120_000);

/** The SOWs, PO requests and authorization the coordinator's rows act on, made for one partner. */
async function sowRecords(partner: { id: string }): Promise<SowRecords> {
  const draft = await makePrimeSow(partner.id, { status: "DRAFT" });
  const stamped = await makePrimeSow(partner.id, { status: "LEGAL_STAMP" });
  const active = await makePrimeSow(partner.id, { status: "ACTIVE", authorizedCents: 1_500_00 });
  const authorization = await prisma.workAuthorization.create({
    data: {
      sowId: active.id,
      projectName: "Drafted project",
      scope: "Scope",
      technicalRequirements: "Requirements",
      backgroundCheck: "None required",
      hourlyRateCents: 150_00,
      billingTerms: "Net 30",
      travelAndExpenses: "Remote",
      hoursAuthorized: 10,
      amountCents: 1_500_00,
    },
    select: { id: true },
  });
  const request = async () => (await prisma.sowPoRequest.create({ data: { sowId: active.id, amountCents: 300_000_00 }, select: { id: true } })).id;
  return {
    partnerId: partner.id,
    draftSowId: draft.id,
    stampedSowId: stamped.id,
    activeSowId: active.id,
    workAuthorizationId: authorization.id,
    requestToApprove: await request(),
    requestToCancel: await request(),
  };
}

/** Subcontracting records made here, so the cases do not depend on what the demo's subcontracting data holds. */
async function billingIds(northwindId: string, otherId: string): Promise<Ids["billing"]> {
  const invoice = async (sowId: string, partnerId: string, month: string, status: "DRAFT" | "SUBMITTED", timeAmountCents = 0) =>
    (
      await prisma.invoice.create({
        data: {
          sowId,
          partnerId,
          month: new Date(`${month}-01T00:00:00Z`),
          status,
          timeAmountCents,
          ...(status === "SUBMITTED" ? { submittedAt: new Date() } : {}),
        },
        select: { id: true },
      })
    ).id;
  const side = async (partnerId: string): Promise<BillingSide> => {
    const sow = await makeActiveSow(partnerId);
    const authorization = await makeWorkAuthorization(sow.id, { hoursAuthorized: 40 });
    const draftInvoice = await invoice(sow.id, partnerId, "2026-01", "DRAFT");
    const withExpense = await invoice(sow.id, partnerId, "2026-02", "DRAFT");
    const expense = await prisma.expense.create({
      data: {
        invoiceId: withExpense,
        workAuthorizationId: authorization.id,
        incurredOn: new Date("2026-02-10T00:00:00Z"),
        amountCents: 12_00,
        description: "Taxi",
      },
      select: { id: true },
    });
    await prisma.invoice.update({ where: { id: withExpense }, data: { expenseAmountCents: 12_00 } });
    return { sow: sow.id, authorization: authorization.id, consultant: authorization.consultantId, draftInvoice, expense: expense.id };
  };
  const flagged = (authorization: { id: string; consultantId: string }) =>
    prisma.timeEntry
      .create({
        data: {
          workAuthorizationId: authorization.id,
          consultantId: authorization.consultantId,
          workedOn: new Date("2026-10-05T00:00:00Z"),
          minutes: 60,
          description: "Extra",
          status: "FLAGGED",
        },
        select: { id: true },
      })
      .then((entry) => entry.id);
  const northwind = await side(northwindId);
  const other = await side(otherId);
  const northwindAuthorization = await prisma.workAuthorization.findUniqueOrThrow({ where: { id: northwind.authorization }, select: { id: true } });
  const outsiderPartner = await makePartner();
  const outsiderSow = await makeActiveSow(outsiderPartner.id);
  await prisma.partner.update({ where: { id: outsiderPartner.id }, data: { subcontractRelationship: null } });
  const outsiderAuthorization = await makeWorkAuthorization(outsiderSow.id);
  return {
    northwind: {
      ...northwind,
      flaggedEntry: await flagged({ id: northwindAuthorization.id, consultantId: northwind.consultant }),
      invoiceToSubmit: await invoice(northwind.sow, northwindId, "2026-03", "DRAFT", 300_00),
      invoiceToApprove: await invoice(northwind.sow, northwindId, "2026-04", "SUBMITTED", 450_00),
      invoiceToReject: await invoice(northwind.sow, northwindId, "2026-05", "SUBMITTED", 150_00),
    },
    other,
    outsider: {
      flaggedEntry: await flagged(outsiderAuthorization),
      submittedInvoice: await invoice(outsiderSow.id, outsiderPartner.id, "2026-04", "SUBMITTED", 100_00),
    },
  };
}

/** Consultants made here at each step's starting stage, so the cases do not depend on the demo's pipeline. */
async function consultantIds(northwindId: string): Promise<Ids["consultants"]> {
  const consultant = async (partnerId: string, stage: ConsultantStage, userId: string | null = null) =>
    (
      await prisma.consultant.create({
        data: { partnerId, stage, userId, name: `Consultant ${stage}`, email: `${stage.toLowerCase()}@consultant.example` },
        select: { id: true },
      })
    ).id;
  const certified = await makeUser("PARTNER_USER", { partnerId: northwindId });
  for (const code of ["MIGRATION", "PM"]) {
    const certification = await prisma.certification.findUniqueOrThrow({ where: { code }, select: { id: true } });
    await prisma.earnedCertification.create({
      data: { userId: certified.id, partnerId: northwindId, certificationId: certification.id, score: 90, issuedAt: new Date() },
    });
  }
  const plain = await makePartner();
  const workAuthorization = await makeSowWithWorkAuthorization(northwindId);
  const otherSubcontractor = await makeSubcontractor();
  return {
    northwind: northwindId,
    candidate: await consultant(northwindId, "CANDIDATE"),
    unlinked: await consultant(northwindId, "CANDIDATE"),
    accountEmail: (await makeUser("PARTNER_USER", { partnerId: northwindId })).email,
    toDecline: await consultant(northwindId, "CANDIDATE"),
    skillsSubmitted: await consultant(northwindId, "SKILLS_MATRIX_SUBMITTED"),
    videoReviewed: await consultant(northwindId, "VIDEO_REVIEWED", certified.id),
    certsVerified: await consultant(northwindId, "CERTIFICATIONS_VERIFIED"),
    deepDivePassed: await consultant(northwindId, "DEEP_DIVE_PASSED"),
    approved: await consultant(northwindId, "APPROVED"),
    toAssign: await consultant(northwindId, "APPROVED"),
    active: await consultant(northwindId, "ACTIVE"),
    workAuthorization: workAuthorization.id,
    plainPartner: plain.id,
    outside: await consultant(plain.id, "CANDIDATE"),
    otherWorkAuthorization: (await makeSowWithWorkAuthorization(otherSubcontractor.id)).id,
  };
}

/** NFR requests and licenses made here, so the cases do not depend on what the demo's NFR data holds. */
async function nfrIds(users: Record<SignedInCaller, SessionUser>, northwindId: string, otherId: string): Promise<Ids["nfr"]> {
  const amer = await makePartner({ region: "AMER", camOwnerId: users.CAM.id });
  const amerRequester = await makeUser("PARTNER_USER", { partnerId: amer.id });
  const request = async (partnerId: string, requestedById: string, status: "SUBMITTED" | "INFO_REQUESTED" = "SUBMITTED") =>
    (
      await prisma.nfrRequest.create({
        data: {
          partnerId,
          requestedById,
          contactName: "Dana Contact",
          contactEmail: "dana@contact.example",
          usersCount: 5,
          isRenewal: false,
          justification: "Demos.",
          status,
          ...(status === "INFO_REQUESTED" ? { infoRequest: "Which team will use them?", infoRequestedAt: new Date() } : {}),
        },
        select: { id: true },
      })
    ).id;
  const license = async (partnerId: string) =>
    (
      await prisma.nfrLicense.create({
        data: {
          partnerId,
          name: "Dana Contact",
          companyName: "Held",
          email: "dana@contact.example",
          usersCount: 5,
          plan: "ULTIMATE",
          startsOn: new Date(),
          expiresOn: new Date(Date.now() + 180 * 24 * 3600 * 1000),
          notes: "5 Ultimate NFR Licenses for Partner: Held",
          licenseKey: `EVERY-ACTION-${randomBytes(8).toString("hex")}`,
        },
        select: { id: true },
      })
    ).id;
  return {
    toApprove: await request(amer.id, amerRequester.id),
    toReject: await request(amer.id, amerRequester.id),
    toAsk: await request(amer.id, amerRequester.id),
    northwindWaiting: await request(northwindId, users.PARTNER_USER.id, "INFO_REQUESTED"),
    emeaRequest: await request(otherId, users.otherPartnerAdmin.id),
    emeaLicense: await license(otherId),
    amerLicense: await license(amer.id),
  };
}

/** The demo's CTP trackings, plus one for Northwind (kept free of trackings by the seed) to enroll in. */
async function ctpIds(users: Record<SignedInCaller, SessionUser>, northwindId: string): Promise<Ids["ctp"]> {
  const camId = users.CAM.id;
  const toInvite = await prisma.partner.findFirstOrThrow({
    where: { camOwnerId: camId, status: "AUTHORIZED", id: { not: northwindId }, ctpTrackings: { none: {} } },
    select: { id: true },
  });
  const apac = await prisma.ctpTracking.findFirstOrThrow({ where: { status: "ACTIVE", partner: { region: "APAC" } }, select: { id: true, partnerId: true } });
  const openItem = (where: object) =>
    prisma.ctpItem.findFirstOrThrow({ where: { completedAt: null, candidateId: null, ...where }, select: { id: true } }).then((item) => item.id);
  const { trackingId } = await inviteCtpPartner(users.CAM, { partnerId: northwindId }, { ip: "127.0.0.1" });
  const [templateItem, templateItemToMove] = await prisma.ctpTemplateItem.findMany({
    where: { section: "PROGRAM_ENTRY" },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return {
    toInvite: toInvite.id,
    apacPartner: apac.partnerId,
    camItem: await openItem({ section: { kind: "PROGRAM_ENTRY", tracking: { partnerId: northwindId } } }),
    apacItem: await openItem({ section: { kind: "COMPLIANCE_MBO", trackingId: apac.id } }),
    channelItem: await openItem({ section: { kind: "LEGAL_OPERATIONAL", tracking: { partnerId: northwindId } } }),
    northwindTracking: trackingId,
    apacTracking: apac.id,
    templateItem: templateItem!.id,
    templateItemToMove: templateItemToMove!.id,
  };
}

afterAll(async () => {
  delete process.env.FILE_STORAGE_DIR;
  rmSync(filesDir, { recursive: true, force: true });
  // The actions that enqueue mail started the app's job producer; stopped here, before the test database is dropped.
  await (await (globalThis as { jobProducer?: Promise<PgBoss> }).jobProducer)?.stop({ graceful: false });
});

// ── the cases ──

const ROWS = Object.entries(ACTIONS);
const capabilityRows = ROWS.flatMap(([key, row]) => (row.capability === "public" ? [] : [{ key, row, capability: row.capability }]));

describe("the table of server actions", () => {
  it("finds every module of server actions: they are the actions.ts files under src/server", () => {
    const modules = readdirSync(SRC_DIR, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("generated"))
      .filter((file) => /^\s*["']use server["']/m.test(readFileSync(path.join(SRC_DIR, file), "utf8")));
    expect(modules.sort()).toEqual(ACTION_FILES.map((file) => path.join("server", file)).sort());
  });

  it("lists every action exported by an actions.ts, and nothing else", () => {
    expect(ACTION_FILES.length).toBeGreaterThan(0);
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(discovered).sort());
  });

  it.each(ROWS)("%s is built with the capability the table names", (key, row) => {
    const action = discovered[key];
    expect(action).toBeTypeOf("function");
    if (row.capability === "public") expect(action).not.toHaveProperty("capability");
    else expect(action.capability).toBe(row.capability);
  });

  it.each(ROWS)("%s tries foreign ids wherever its input names a record and a role's scope is narrower than all", async (_key, row) => {
    if (row.foreign?.length) return;
    const recordFields = [...(await row.input()).keys()].filter((field) => /Id$|^token$/.test(field));
    const narrow = row.capability === "public" || Object.values(CAPABILITIES[row.capability]).some((scope) => scope !== "all");
    expect(narrow ? recordFields : [], "fields naming records that no foreign case tries").toEqual([]);
  });

  it.each(ROWS)("%s is done by a caller the table lets do it", (_key, row) => {
    if (row.capability !== "public") expect(holds(row.allowed, row.capability)).toBe(true);
    for (const foreign of row.foreign ?? []) {
      // A foreign-id case proves something only when the caller holds the capability: the refusal is the scope's.
      if (row.capability !== "public") expect(holds(foreign.as, row.capability)).toBe(true);
    }
  });
});

describe("the action chain", () => {
  const parsed = vi.fn();
  const ran = vi.fn();
  const schema = z.object({ note: z.string().min(1, "Write a note.") }).transform((input) => {
    parsed();
    return input;
  });
  const probe = capabilityAction("audit.read", { schema, run: async () => ran(), successMessage: "Ran." });
  const probeWith = (note: string): Case => ({ input: () => form({ note }) });

  it("refuses a caller without the capability before reading the input", async () => {
    parsed.mockClear();
    ran.mockClear();
    expect(await callAction(probe, "PARTNER_ADMIN", probeWith("x"))).toMatchObject({ state: { status: "error", message: FORBIDDEN } });
    expect(await callAction(probe, "anonymous", probeWith("x"))).toEqual({ redirect: "/login" });
    expect(parsed).not.toHaveBeenCalled();
    expect(ran).not.toHaveBeenCalled();
  });

  it("parses the input of a caller with the capability, and runs only valid input", async () => {
    ran.mockClear();
    expect(await callAction(probe, "ADMIN", probeWith(""))).toMatchObject({ state: { status: "error", fieldErrors: { note: "Write a note." } } });
    expect(ran).not.toHaveBeenCalled();
    expect(await callAction(probe, "ADMIN", probeWith("x"))).toEqual({ state: { status: "success", message: "Ran." } });
    expect(ran).toHaveBeenCalledTimes(1);
    expect(probe.capability).toBe("audit.read");
  });

  it("refuses a NUL byte or another control character in a field, with a message beside it, and runs nothing", async () => {
    ran.mockClear();
    for (const note of ["before\u0000after", "bell\u0007", "escape\u001b[31m"]) {
      const outcome = await callAction(probe, "ADMIN", probeWith(note));
      expect(outcome).toMatchObject({ state: { status: "error", fieldErrors: { note: expect.stringContaining("not text") } } });
      // What was typed comes back without the control characters, so the field shows what can be kept.
      expect(outcome).toMatchObject({ state: { values: { note: note.replace(/[\u0000-\u001f]/g, "") } } });
    }
    expect(await callAction(probe, "ADMIN", probeWith("tab\tand\nlines"))).toMatchObject({ state: { status: "success" } });
    expect(ran).toHaveBeenCalledTimes(1);
  });

  it("answers a body that is not a form (an array, a string, null) with a refusal instead of failing", async () => {
    ran.mockClear();
    for (const body of [null, undefined, "note=x", ["note", "x"], 42, { note: "x" }]) {
      expect(await probe({ status: "idle" }, body as never)).toEqual({
        status: "error",
        message: "This form could not be read. Reload the page and try again.",
        fieldErrors: {},
        values: {},
      });
    }
    expect(ran).not.toHaveBeenCalled();
  });

  it("names a capability of the policy's table (tsc refuses any other string)", () => {
    expectTypeOf(capabilityAction).parameter(0).toEqualTypeOf<Capability>();
    // @ts-expect-error an unknown capability does not compile
    expectTypeOf(capabilityAction).toBeCallableWith("audit.write", { schema, run: async () => undefined });
  });
});

const withoutCapability = capabilityRows.flatMap(({ key, row, capability }) =>
  CALLERS.filter((caller) => !holds(caller, capability)).map((caller) => ({ key, caller, row })),
);

describe("a caller without the capability is refused and nothing changes", () => {
  it.each(withoutCapability)("$key as $caller", async ({ key, caller, row }) => {
    const refusal: Refusal = SIGNED_OUT.includes(caller) ? { redirect: "/login" } : { state: { status: "error", message: FORBIDDEN } };
    await expectRefusedWithNothingChanged(key, caller, row, refusal);
  });
});

describe("oversized input is refused beside its field, and nothing changes", () => {
  it("a 1.1 MB or a 10 MB logo is too large, an image or not", async () => {
    for (const megabytes of [1.1, 10]) {
      const logo = new File([Buffer.concat([PNG, Buffer.alloc(Math.round(megabytes * 1024 * 1024))])], "huge.png", { type: "image/png" });
      await expectRefusedWithNothingChanged(
        "partners/uploadPartnerLogoAction",
        "PARTNER_ADMIN",
        { input: () => form({ logo }) },
        {
          state: { status: "error", message: LOGO_TOO_LARGE_MESSAGE },
        },
      );
    }
  });

  it("a 10 MB completions file is too large, and a PNG named .csv is not a CSV", async () => {
    const row = "partner.user@demo.test,ASSOCIATE,lab,,2026-11-03,oversized\n";
    const tenMegabytes = new File(
      ["email,certification code,step,score,completed date,external id\n" + row.repeat(Math.ceil((10 * 1024 * 1024) / row.length))],
      "big.csv",
      { type: "text/csv" },
    );
    await expectRefusedWithNothingChanged(
      "certifications/importCompletionsAction",
      "EDUCATION_SERVICES",
      { input: () => form({ file: tenMegabytes }) },
      {
        state: { status: "error", message: IMPORT_TOO_LARGE_MESSAGE },
      },
    );
    await expectRefusedWithNothingChanged(
      "certifications/importCompletionsAction",
      "ADMIN",
      { input: () => form({ file: new File([PNG], "completions.csv", { type: "text/csv" }) }) },
      { state: { status: "error", message: NOT_CSV_MESSAGE } },
    );
  });

  it("a note or an email address far past its length gets the field's own limit", async () => {
    const note = "n".repeat(2 * 1024 * 1024);
    const outcome = await call("applications/addAccountNoteAction", "PHD", { input: () => form({ partnerId: ids.applicants.amerToReview, note }) });
    expect(outcome).toMatchObject({ state: { status: "error", fieldErrors: { note: expect.any(String) } } });
    const email = `${"a".repeat(10_265)}@test.example`;
    const invited = await call("partners/invitePartnerUserAction", "PARTNER_ADMIN", { input: () => form({ email, role: "PARTNER_USER" }) });
    expect(invited).toMatchObject({ state: { status: "error", fieldErrors: { email: "An email address has at most 254 characters." } } });
  });
});

const foreignCases = ROWS.flatMap(([key, row]) => (row.foreign ?? []).map((foreign) => ({ key, ...foreign })));

describe("a caller with the capability is refused on others' records and nothing changes", () => {
  it.each(foreignCases)("$key as $as with $what", async (scenario) => {
    await expectRefusedWithNothingChanged(scenario.key, scenario.as, scenario, { state: { status: "error", message: scenario.message ?? NOT_FOUND } });
  });
});

// Last, because these change the records the cases above use.
describe("an allowed caller with its own ids gets it done", () => {
  it.each(ROWS)("%s", async (key, row) => {
    const before = await fingerprint();
    const outcome = await call(key, row.allowed, row);
    const done = "redirect" in outcome ? outcome.redirect !== "/login" : outcome.state.status === "success";
    expect(done, JSON.stringify(outcome)).toBe(true);
    expect(await fingerprint()).not.toEqual(before);
    ids.draftKey = request.cookies.get(DRAFT_COOKIE) ?? ids.draftKey;
  });
});

// Last of all: generated malformed input may be refused anywhere, and where it happens to be valid it does its work.
// One field of each action's valid input at a time is replaced by what a careless client or an attacker sends.
const MALFORMED_VALUE = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`),
  fc.string({ maxLength: 20 }).chain((text) => fc.constantFrom(`${text}\u0007`, `\u001b[31m${text}`, `${text}\u007f`)),
  fc.string({ minLength: 1, maxLength: 8 }).map((text) => text.repeat(Math.ceil(12_000 / text.length))),
  fc.constantFrom("", " ", "null", "[]", "{}", "-1", "1e309", "../../etc/passwd", "<script>alert(1)</script>"),
  fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 3 }),
);
const NOT_A_FORM: unknown[] = [null, "text", ["a", "b"], 42, { field: "value" }];

describe("malformed input to every action is refused cleanly, and a refusal changes nothing", () => {
  it.each(ROWS)("%s", async (key, row) => {
    const fields = [...new Set((await row.input()).keys()), "unexpected"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), MALFORMED_VALUE, async (field, value) => {
        const scenario: Case = {
          ...row,
          input: async () => {
            const data = await row.input();
            data.delete(field);
            for (const one of [value].flat()) data.append(field, one);
            return data;
          },
        };
        const before = await fingerprint();
        const outcome = await call(key, row.allowed, scenario);
        if ("state" in outcome && outcome.state.status === "error") {
          expect(outcome.state.message).not.toMatch(/Something went wrong/);
          expect(await fingerprint()).toEqual(before);
        }
      }),
      { numRuns: 5, seed: 20261202 },
    );
    for (const body of NOT_A_FORM) {
      const before = await fingerprint();
      expect(await discovered[key]({ status: "idle" }, body as never)).toMatchObject({ status: "error" });
      expect(await fingerprint()).toEqual(before);
    }
  });
});
