import { describe, expect, it } from "vitest";
import { addMonths } from "date-fns";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { writeProgramSetting } from "@/server/settings/program-settings";
import { fileNfrRequest } from "./file-nfr-request";
import { approveNfrRequest } from "./approve-nfr-request";
import { rejectNfrRequest } from "./reject-nfr-request";
import { askNfrRequestInfo } from "./ask-nfr-request-info";
import { answerNfrRequestInfo } from "./answer-nfr-request-info";
import { revokeNfrLicense } from "./revoke-nfr-license";
import { calendarToday } from "./rules";
import { makePartner, makeUser } from "../../../tests/factories";
import type { PartnerTier } from "@/generated/prisma/enums";

const context = { ip: "10.9.0.8" };
const today = calendarToday(new Date());

const form = (overrides: Partial<Parameters<typeof fileNfrRequest>[1]> = {}): Parameters<typeof fileNfrRequest>[1] => ({
  partnerId: null,
  contactName: "Dana Contact",
  contactEmail: "dana@contact.example",
  usersCount: 5,
  plan: "ULTIMATE",
  isRenewal: false,
  renewsLicenseId: null,
  justification: "Demo environment for the sales engineers.",
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function certify(userId: string, partnerId: string) {
  const certification = await prisma.certification.upsert({
    where: { code: "SA-CORE-TEST" },
    create: { code: "SA-CORE-TEST", name: "Solution Architect Core", passingScore: 80, meetsNfrCheck: true },
    update: {},
  });
  await prisma.earnedCertification.create({ data: { userId, partnerId, certificationId: certification.id, score: 90, issuedAt: new Date() } });
}

let licenseSerial = 0;
// The file's tests share one database: mail is counted from the start of each test's setUp.
let since = new Date();
const mailsOf = (template: string) =>
  prisma.outboxEmail.findMany({ where: { template, createdAt: { gte: since } }, select: { to: true, subject: true, text: true } });
async function holdLicenses(partnerId: string, count: number, expiresOn = addMonths(today, 6), usersCount = 1) {
  for (let index = 0; index < count; index += 1) {
    licenseSerial += 1;
    await prisma.nfrLicense.create({
      data: {
        partnerId,
        name: "Held",
        companyName: "Held Co",
        email: "held@contact.example",
        usersCount,
        plan: "ULTIMATE",
        startsOn: today,
        expiresOn,
        notes: "held",
        licenseKey: `HELD-${partnerId}-${licenseSerial}`,
      },
    });
  }
}

/** An AMER partner with a CAM, its users, the AMER desk; certified unless told otherwise. */
async function setUp(options: { tier?: PartnerTier; certified?: boolean; held?: number } = {}) {
  since = new Date();
  const cam = await makeUser("CAM", { region: "AMER" });
  const phd = await makeUser("PHD", { region: "AMER" });
  const partner = await makePartner({ region: "AMER", camOwnerId: cam.id, tier: options.tier ?? "OPEN" });
  const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
  const member = await makeUser("PARTNER_USER", { partnerId: partner.id });
  if (options.certified ?? true) await certify(member.id, partner.id);
  if (options.held) await holdLicenses(partner.id, options.held);
  return { cam, phd, partner, admin, member };
}

const file = async (user: SessionUser, overrides: Partial<Parameters<typeof fileNfrRequest>[1]> = {}) =>
  (await fileNfrRequest(user, form(overrides), context)).requestId;

const licensesOf = (partnerId: string) => prisma.nfrLicense.findMany({ where: { partnerId }, orderBy: { createdAt: "asc" } });

describe("filing an NFR request", () => {
  it("takes a partner user's company from the session and notifies the desk of the partner's region only", async () => {
    const { partner, member, phd } = await setUp();
    const elsewhere = await makePartner({ region: "EMEA" });
    const otherDesk = await makeUser("PHD", { region: "EMEA" });
    const requestId = await file(member, { partnerId: elsewhere.id });
    const request = await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ partnerId: partner.id, requestedById: member.id, status: "SUBMITTED", plan: "ULTIMATE" });
    const notices = await prisma.notification.findMany({ where: { type: "nfr.request_submitted" }, select: { userId: true, link: true } });
    expect(notices).toEqual([{ userId: phd.id, link: `/nfr/requests/${requestId}` }]);
    expect(notices.some((notice) => notice.userId === otherDesk.id)).toBe(false);
  });

  it("lets a CAM file for an account they own, and for no other", async () => {
    const { cam, partner } = await setUp();
    const requestId = await file(cam, { partnerId: partner.id });
    expect((await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).partnerId).toBe(partner.id);
    const notOwned = await makePartner({ region: "AMER" });
    const error = await refusal(fileNfrRequest(cam, form({ partnerId: notOwned.id }), context));
    expect(error).toMatchObject({ code: "NOT_FOUND", field: "partnerId" });
    expect(await prisma.nfrRequest.count({ where: { partnerId: notOwned.id } })).toBe(0);
  });

  it("refuses a renewal of another company's license", async () => {
    const { member } = await setUp();
    const other = await makePartner({ region: "AMER" });
    await holdLicenses(other.id, 1);
    const [foreign] = await licensesOf(other.id);
    const error = await refusal(fileNfrRequest(member, form({ isRenewal: true, renewsLicenseId: foreign.id }), context));
    expect(error).toMatchObject({ code: "VALIDATION", field: "renewsLicenseId" });
    expect(await prisma.nfrRequest.count({ where: { requestedById: member.id } })).toBe(0);
  });
});

describe("approving", () => {
  it("creates the license, emails its key with the reference to the contact, tells the requester, and audits it, at once", async () => {
    const { partner, member, phd } = await setUp();
    const requestId = await file(member);
    const result = await approveNfrRequest(phd, { requestId }, context);
    expect(result.encouraged).toBe(false);

    const [license] = await licensesOf(partner.id);
    expect(license).toMatchObject({
      requestId,
      name: "Dana Contact",
      companyName: partner.legalName,
      email: "dana@contact.example",
      usersCount: 5,
      plan: "ULTIMATE",
      trial: true,
      status: "ACTIVE",
      notes: `5 Ultimate NFR Licenses for Partner: ${partner.legalName}`,
      referenceNumber: result.referenceNumber,
    });
    expect(license.referenceNumber).toMatch(/^NFR-\d{7}$/);
    expect(license.licenseKey).toMatch(/^([0-9A-Z]{5}-){4}[0-9A-Z]{5}$/);
    expect(license.startsOn).toEqual(today);
    expect(license.expiresOn).toEqual(addMonths(today, 12));

    const mails = await mailsOf("nfrLicenseKey");
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe("dana@contact.example");
    expect(mails[0].text).toContain(license.licenseKey);
    expect(mails[0].text).toContain(license.referenceNumber);
    expect((await mailsOf("nfrCertificationEncouragement")).length).toBe(0);

    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: member.id, type: "nfr.request_decided" } });
    expect(notice.title).toBe("NFR license sent to Dana Contact");
    expect(notice.body).toContain(license.referenceNumber);
    expect(await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "APPROVED", decidedById: phd.id });
    expect(await prisma.auditEvent.count({ where: { action: "nfr.approved", entityId: requestId, actorId: phd.id } })).toBe(1);

    const again = await refusal(approveNfrRequest(phd, { requestId }, context));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This request is already approved." });
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id } })).toBe(1);
  });

  it("without a certified employee: allowed, and the contact and the CAM are encouraged to certify", async () => {
    const { cam, partner, phd } = await setUp({ certified: false });
    const requestId = await file(cam, { partnerId: partner.id });
    expect((await approveNfrRequest(phd, { requestId }, context)).encouraged).toBe(true);
    const mails = await mailsOf("nfrCertificationEncouragement");
    expect(mails.map((mail) => mail.to).sort()).toEqual(["dana@contact.example", cam.email].sort());
    expect(mails[0].subject).toBe("NFR License Request");
    expect(mails[0].text).toMatch(/Solution Architect Core/);
  });

  it("at the cap: refused with the reason, and nothing is written or sent", async () => {
    const { member, partner, phd } = await setUp({ held: 10 });
    const requestId = await file(member);
    const error = await refusal(approveNfrRequest(phd, { requestId }, context));
    expect(error).toMatchObject({ code: "CONFLICT", message: "The partner holds 10 active licenses; approving would make 11, past the Open cap of 10." });
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id } })).toBe(10);
    expect((await mailsOf("nfrLicenseKey")).length).toBe(0);
    expect(await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "SUBMITTED", decidedAt: null });
  });

  it("counts users across licenses when the program setting says so", async () => {
    const { member, partner, phd } = await setUp();
    await holdLicenses(partner.id, 1, addMonths(today, 6), 8);
    await prisma.$transaction((tx) => writeProgramSetting(tx, "nfrCapMode", "USERS"));
    try {
      const tooMany = await file(member, { usersCount: 3 });
      expect((await refusal(approveNfrRequest(phd, { requestId: tooMany }, context))).message).toMatch(
        /holds 8 users across active licenses; approving would make 11/,
      );
      const fits = await file(member, { usersCount: 2 });
      await approveNfrRequest(phd, { requestId: fits }, context);
    } finally {
      await prisma.$transaction((tx) => writeProgramSetting(tx, "nfrCapMode", "LICENSES"));
    }
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(2);
  });

  it("refuses a partner that is no longer Authorized", async () => {
    const { cam, partner, phd } = await setUp();
    const requestId = await file(cam, { partnerId: partner.id });
    await prisma.partner.update({ where: { id: partner.id }, data: { status: "INACTIVE" } });
    expect((await refusal(approveNfrRequest(phd, { requestId }, context))).message).toMatch(/not Authorized/);
  });

  it("is another region's business: a PHD of EMEA finds no AMER request", async () => {
    const { member } = await setUp();
    const requestId = await file(member);
    const emea = await makeUser("PHD", { region: "EMEA" });
    expect(await refusal(approveNfrRequest(emea, { requestId }, context))).toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.nfrLicense.count({ where: { requestId } })).toBe(0);
  });
});

describe("the new license's dates", () => {
  it("a new license joins the active licenses' expiry; a renewal keeps its own year and replaces the license it renews", async () => {
    const { member, partner, phd } = await setUp();
    const existingExpiry = addMonths(today, 4);
    await holdLicenses(partner.id, 1, existingExpiry);
    const [existing] = await licensesOf(partner.id);

    await approveNfrRequest(phd, { requestId: await file(member) }, context);
    const joined = (await licensesOf(partner.id))[1];
    expect(joined.expiresOn).toEqual(existingExpiry);

    await approveNfrRequest(phd, { requestId: await file(member, { isRenewal: true, renewsLicenseId: existing.id }) }, context);
    const licenses = await licensesOf(partner.id);
    expect(licenses[2].expiresOn).toEqual(addMonths(today, 12));
    expect(licenses.find((license) => license.id === existing.id)?.status).toBe("RENEWED");
  });

  it("a renewal at the cap goes through: the license it replaces stops counting", async () => {
    const { member, partner, phd } = await setUp({ held: 10 });
    const [renewed] = await licensesOf(partner.id);
    await approveNfrRequest(phd, { requestId: await file(member, { isRenewal: true, renewsLicenseId: renewed.id }) }, context);
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(10);
  });
});

describe("asking for information, rejecting, revoking", () => {
  it("the request waits for the requester's answer, which sends it back to the desk", async () => {
    const { cam, partner, phd, admin } = await setUp();
    const requestId = await file(cam, { partnerId: partner.id });
    await askNfrRequestInfo(phd, { requestId, question: "Which team will use the 5 seats?" }, context);
    expect(await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "INFO_REQUESTED",
      infoRequest: "Which team will use the 5 seats?",
    });
    const asked = await prisma.notification.findFirstOrThrow({ where: { userId: cam.id, type: "nfr.info_requested" } });
    expect(asked).toMatchObject({ link: `/nfr/requests/${requestId}` });
    expect(asked.body).toContain("Which team will use the 5 seats?");

    // Anyone on the requester's side answers: here the partner's admin, for the CAM's request.
    await answerNfrRequestInfo(admin, { requestId, answer: "The solutions team." }, context);
    expect(await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: "SUBMITTED", infoResponse: "The solutions team." });
    const answered = await prisma.notification.findFirstOrThrow({ where: { userId: phd.id, type: "nfr.info_answered" } });
    expect(answered.body).toContain("The solutions team.");

    const twice = await refusal(answerNfrRequestInfo(admin, { requestId, answer: "Again." }, context));
    expect(twice).toMatchObject({ code: "CONFLICT", field: "answer" });
    const outsider = await makeUser("PARTNER_USER", { partnerId: (await makePartner({ region: "AMER" })).id });
    await askNfrRequestInfo(phd, { requestId, question: "And how long?" }, context);
    expect(await refusal(answerNfrRequestInfo(outsider, { requestId, answer: "Forever." }, context))).toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("INFO_REQUESTED");

    // A request waiting for information can still be decided.
    await approveNfrRequest(phd, { requestId }, context);
    expect((await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("APPROVED");
  });

  it("a rejection carries its reason to the requester", async () => {
    const { member, phd } = await setUp();
    const requestId = await file(member);
    await rejectNfrRequest(phd, { requestId, reason: "Use the trial program instead." }, context);
    expect(await prisma.nfrRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Use the trial program instead.",
    });
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: member.id, type: "nfr.request_decided" } });
    expect(notice.body).toContain("Use the trial program instead.");
    expect((await refusal(approveNfrRequest(phd, { requestId }, context))).code).toBe("CONFLICT");
  });

  it("a revoked license stops counting toward the cap, and the partner's admins and CAM are told", async () => {
    const { cam, member, partner, phd, admin } = await setUp({ held: 10 });
    const [revoked] = await licensesOf(partner.id);
    await revokeNfrLicense(phd, { licenseId: revoked.id, reason: "Used in a customer's production." }, context);
    expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: revoked.id } })).toMatchObject({
      status: "REVOKED",
      revokedById: phd.id,
      revocationReason: "Used in a customer's production.",
    });
    const told = await prisma.notification.findMany({ where: { type: "nfr.license_revoked" }, select: { userId: true } });
    expect(told.map((notice) => notice.userId).sort()).toEqual([admin.id, cam.id].sort());
    expect((await refusal(revokeNfrLicense(phd, { licenseId: revoked.id, reason: "Again." }, context))).code).toBe("CONFLICT");

    await approveNfrRequest(phd, { requestId: await file(member) }, context);
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(10);
  });
});

describe("the cap under concurrency", () => {
  it("twenty approvals at once for an Open partner holding 9: exactly one succeeds", async () => {
    const { member, partner, phd } = await setUp({ held: 9 });
    const requestIds: string[] = [];
    for (let index = 0; index < 20; index += 1) requestIds.push(await file(member));
    const results = await Promise.allSettled(requestIds.map((requestId) => approveNfrRequest(phd, { requestId }, context)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(refused.every((result) => result.reason instanceof AppError && /past the Open cap of 10/.test(result.reason.message))).toBe(true);
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(10);
    expect(await prisma.nfrRequest.count({ where: { partnerId: partner.id, status: "APPROVED" } })).toBe(1);
    expect((await mailsOf("nfrLicenseKey")).length).toBe(1);
  });

  it("two PHD sessions approving different requests for the same partner at once never pass the cap", async () => {
    const { member, partner, phd } = await setUp({ tier: "SELECT", held: 24 });
    const colleague = await makeUser("PHD", { region: "AMER" });
    const [first, second] = [await file(member), await file(member)];
    const results = await Promise.allSettled([
      approveNfrRequest(phd, { requestId: first }, context),
      approveNfrRequest(colleague, { requestId: second }, context),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id, status: "ACTIVE" } })).toBe(25);
  });

  it("the same request approved twice at once makes one license", async () => {
    const { member, partner, phd } = await setUp();
    const colleague = await makeUser("PHD", { region: "AMER" });
    const requestId = await file(member);
    await Promise.allSettled([approveNfrRequest(phd, { requestId }, context), approveNfrRequest(colleague, { requestId }, context)]);
    expect(await prisma.nfrLicense.count({ where: { partnerId: partner.id } })).toBe(1);
  });
});
