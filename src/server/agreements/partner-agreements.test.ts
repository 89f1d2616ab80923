// A company's side of the agreements: what is pending, accepting, and asking to negotiate instead.
import { beforeEach, describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { makePartner, makeUser } from "../../../tests/factories";
import { getPartnerAgreements } from "./get-partner-agreements";
import { listPendingAgreements } from "./list-pending-agreements";
import { acceptAgreement } from "./accept-agreement";
import { openLegalRequest } from "./open-legal-request";
import { createAgreementVersion } from "./create-agreement-version";
import { publishAgreementVersion } from "./publish-agreement-version";

const context = { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (test)" };
const reason = "Section 4 needs a 72-hour breach notification window.";

let admin: SessionUser;
let partnerAdmin: SessionUser;
let partnerUser: SessionUser;
let versions: { mpa: string; reseller: string };

/** The MPA and the Reseller Addendum (what the factory's RESELLER partner needs), each with version 1 published. */
async function makeCatalog() {
  const publishedAt = subDays(new Date(), 30);
  const mpa = await prisma.agreementTemplate.create({
    data: { kind: "MPA", name: "Master Partner Agreement", versions: { create: { version: 1, body: "# MPA v1", publishedAt } } },
    select: { versions: { select: { id: true } } },
  });
  const reseller = await prisma.agreementTemplate.create({
    data: { kind: "RESELLER_ADDENDUM", name: "Reseller Addendum", versions: { create: { version: 1, body: "# Reseller v1", publishedAt } } },
    select: { versions: { select: { id: true } } },
  });
  return { mpa: mpa.versions[0].id, reseller: reseller.versions[0].id };
}

async function publishNextMpa(body = "# MPA v2\n\nNew section 4.") {
  const template = await prisma.agreementTemplate.findUniqueOrThrow({ where: { kind: "MPA" }, select: { id: true } });
  const draft = await createAgreementVersion(admin, { templateId: template.id, body }, context);
  await publishAgreementVersion(admin, { versionId: draft.versionId }, context);
  return draft.versionId;
}

beforeEach(async () => {
  await prisma.legalRequest.deleteMany();
  await prisma.agreementAcceptance.deleteMany();
  await prisma.agreementVersion.deleteMany();
  await prisma.agreementTemplate.deleteMany();
  versions = await makeCatalog();
  admin = await makeUser("ADMIN");
  const partner = await makePartner();
  partnerAdmin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
  partnerUser = await makeUser("PARTNER_USER", { partnerId: partner.id });
});

describe("pending agreements", () => {
  it("lists every required agreement until it is accepted, and the MPA again when a new version is published", async () => {
    expect((await listPendingAgreements(partnerUser)).map((a) => [a.kind, a.version])).toEqual([
      ["MPA", 1],
      ["RESELLER_ADDENDUM", 1],
    ]);
    await acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    await acceptAgreement(partnerAdmin, { versionId: versions.reseller, agree: "yes" }, context);
    expect(await listPendingAgreements(partnerUser)).toEqual([]);

    const v2 = await publishNextMpa();
    expect(await listPendingAgreements(partnerUser)).toEqual([{ kind: "MPA", templateName: "Master Partner Agreement", versionId: v2, version: 2 }]);

    const page = await getPartnerAgreements(partnerUser);
    expect(page.agreements.map((a) => [a.kind, a.version, a.standing])).toEqual([
      ["MPA", 2, "PENDING"],
      ["RESELLER_ADDENDUM", 1, "ACCEPTED"],
    ]);
    expect(page.acceptances).toHaveLength(2);
    expect(page.canRespond).toBe(false);
  });

  it("ignores a draft: only a published version asks for acceptance", async () => {
    await acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    const template = await prisma.agreementTemplate.findUniqueOrThrow({ where: { kind: "MPA" }, select: { id: true } });
    await createAgreementVersion(admin, { templateId: template.id, body: "# MPA v2 draft" }, context);
    expect((await listPendingAgreements(partnerAdmin)).map((a) => a.kind)).toEqual(["RESELLER_ADDENDUM"]);
  });

  it("reads the banner's list in two statements", async () => {
    let statements = 0;
    (prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      statements += 1;
    });
    await listPendingAgreements(partnerAdmin);
    expect(statements).toBe(2);
  });

  it("is refused to an applicant's users: their company is not in the program yet", async () => {
    const applicant = await makePartner({ status: "SUBMITTED" });
    const applicantAdmin = await makeUser("PARTNER_ADMIN", { partnerId: applicant.id });
    await expect(listPendingAgreements(applicantAdmin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getPartnerAgreements(applicantAdmin)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("acceptAgreement", () => {
  it("records who accepted which version, when, from where, for the company's region, and audits it", async () => {
    const before = new Date();
    await acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    const acceptance = await prisma.agreementAcceptance.findUniqueOrThrow({
      where: { versionId_partnerId: { versionId: versions.mpa, partnerId: partnerAdmin.partnerId! } },
    });
    expect(acceptance).toMatchObject({ userId: partnerAdmin.id, method: "CLICK_THROUGH", region: "AMER", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (test)" });
    expect(acceptance.acceptedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(
      await prisma.auditEvent.count({ where: { action: "agreement.accepted", entityId: acceptance.id, actorId: partnerAdmin.id, ip: "203.0.113.7" } }),
    ).toBe(1);
  });

  it("refuses a second acceptance of the same version with a clear message, also when both arrive at once", async () => {
    await acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    await expect(acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Your company has already accepted the Master Partner Agreement version 1.",
    });

    const results = await Promise.allSettled([
      acceptAgreement(partnerAdmin, { versionId: versions.reseller, agree: "yes" }, context),
      acceptAgreement(partnerAdmin, { versionId: versions.reseller, agree: "yes" }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await prisma.agreementAcceptance.count({ where: { versionId: versions.reseller } })).toBe(1);
  });

  it("refuses a version a newer one replaced, a draft, and an agreement the company's tracks do not need", async () => {
    await publishNextMpa();
    await expect(acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context)).rejects.toMatchObject({ code: "CONFLICT" });

    const template = await prisma.agreementTemplate.findUniqueOrThrow({ where: { kind: "MPA" }, select: { id: true } });
    const draft = await createAgreementVersion(admin, { templateId: template.id, body: "# MPA v3 draft" }, context);
    await expect(acceptAgreement(partnerAdmin, { versionId: draft.versionId, agree: "yes" }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const msp = await prisma.agreementTemplate.create({
      data: {
        kind: "MSP_AGREEMENT",
        name: "Managed Services Provider Agreement",
        versions: { create: { version: 1, body: "# MSP", publishedAt: new Date() } },
      },
      select: { versions: { select: { id: true } } },
    });
    await expect(acceptAgreement(partnerAdmin, { versionId: msp.versions[0].id, agree: "yes" }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.agreementAcceptance.count()).toBe(0);
  });
});

describe("openLegalRequest", () => {
  it("opens a request instead of accepting, takes the agreement out of pending, notifies the admins and audits it", async () => {
    const request = await openLegalRequest(partnerAdmin, { versionId: versions.mpa, reason }, context);

    expect(await prisma.legalRequest.findUniqueOrThrow({ where: { id: request.requestId } })).toMatchObject({
      partnerId: partnerAdmin.partnerId,
      versionId: versions.mpa,
      requestedById: partnerAdmin.id,
      status: "OPEN",
      reason,
    });
    expect((await listPendingAgreements(partnerAdmin)).map((a) => a.kind)).toEqual(["RESELLER_ADDENDUM"]);
    const page = await getPartnerAgreements(partnerAdmin);
    expect(page.agreements.find((a) => a.kind === "MPA")).toMatchObject({ standing: "IN_NEGOTIATION", openRequest: { id: request.requestId } });
    expect(page.canRespond).toBe(true);
    expect(
      await prisma.notification.count({
        where: { userId: admin.id, type: "agreement.legal_request_opened", link: `/admin/legal-requests/${request.requestId}` },
      }),
    ).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "legal_request.opened", entityId: request.requestId, actorId: partnerAdmin.id } })).toBe(1);
  });

  it("refuses a second open request on the same version, and acceptance while one is open", async () => {
    await openLegalRequest(partnerAdmin, { versionId: versions.mpa, reason }, context);
    await expect(openLegalRequest(partnerAdmin, { versionId: versions.mpa, reason }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.legalRequest.count()).toBe(1);
    expect(await prisma.agreementAcceptance.count()).toBe(0);
  });

  it("lets the company accept once the request is withdrawn", async () => {
    const request = await openLegalRequest(partnerAdmin, { versionId: versions.mpa, reason }, context);
    await prisma.legalRequest.update({ where: { id: request.requestId }, data: { status: "WITHDRAWN" } });
    expect((await listPendingAgreements(partnerAdmin)).map((a) => a.kind)).toEqual(["MPA", "RESELLER_ADDENDUM"]);
    await acceptAgreement(partnerAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    expect((await listPendingAgreements(partnerAdmin)).map((a) => a.kind)).toEqual(["RESELLER_ADDENDUM"]);
  });
});

describe("another company", () => {
  it("never sees or changes the first company's standing", async () => {
    const other = await makePartner();
    const otherAdmin = await makeUser("PARTNER_ADMIN", { partnerId: other.id });
    await acceptAgreement(otherAdmin, { versionId: versions.mpa, agree: "yes" }, context);
    expect((await listPendingAgreements(partnerAdmin)).map((a) => a.kind)).toEqual(["MPA", "RESELLER_ADDENDUM"]);
    expect((await getPartnerAgreements(partnerAdmin)).acceptances).toEqual([]);
  });
});
