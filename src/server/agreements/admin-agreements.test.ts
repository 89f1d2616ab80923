// Channel operations' side: drafting and publishing versions, and working legal requests.
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { makePartner, makeUser } from "../../../tests/factories";
import { createAgreementVersion } from "./create-agreement-version";
import { updateAgreementDraft } from "./update-agreement-draft";
import { publishAgreementVersion } from "./publish-agreement-version";
import { updateLegalRequest } from "./update-legal-request";
import { getAgreementTemplate } from "./get-agreement-template";
import { listAgreementTemplates } from "./list-agreement-templates";
import { loadListPage } from "@/server/lists/load-list-page";
import { legalRequestList } from "./legal-request-list";
import { openLegalRequest } from "./open-legal-request";
import { resolveLegalRequest } from "./resolve-legal-request";
import { acceptAgreement } from "./accept-agreement";
import { ZResolveLegalRequestSchema, ZUpdateLegalRequestSchema } from "./schemas";

const context = { ip: "10.0.0.9" };

let admin: SessionUser;
let templateId: string;

beforeEach(async () => {
  await prisma.notification.deleteMany();
  await prisma.legalRequest.deleteMany();
  await prisma.agreementAcceptance.deleteMany();
  await prisma.agreementVersion.deleteMany();
  await prisma.agreementTemplate.deleteMany();
  admin = await makeUser("ADMIN");
  const template = await prisma.agreementTemplate.create({
    data: { kind: "MPA", name: "Master Partner Agreement", versions: { create: { version: 1, body: "# MPA v1", publishedAt: new Date("2024-01-01") } } },
  });
  templateId = template.id;
});

describe("agreement versions", () => {
  it("drafts the next version, lets it be edited, publishes it once, then freezes it; every step is audited", async () => {
    const draft = await createAgreementVersion(admin, { templateId, body: "# MPA v2" }, context);
    expect(draft.version).toBe(2);
    expect(await listAgreementTemplates()).toEqual([expect.objectContaining({ name: "Master Partner Agreement", currentVersion: 1, draftVersion: 2 })]);

    await updateAgreementDraft(admin, { versionId: draft.versionId, body: "# MPA v2, edited" }, context);
    await publishAgreementVersion(admin, { versionId: draft.versionId }, context);
    const published = await prisma.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId } });
    expect(published).toMatchObject({ body: "# MPA v2, edited", publishedById: admin.id });
    expect(published.publishedAt).toBeInstanceOf(Date);

    await expect(publishAgreementVersion(admin, { versionId: draft.versionId }, context)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Version 2 of the Master Partner Agreement is already published.",
    });
    await expect(updateAgreementDraft(admin, { versionId: draft.versionId, body: "# rewritten" }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.agreementVersion.findUniqueOrThrow({ where: { id: draft.versionId } })).toMatchObject({
      body: "# MPA v2, edited",
      publishedAt: published.publishedAt,
    });

    const detail = await getAgreementTemplate(admin, templateId);
    expect(detail?.versions.map((v) => [v.version, v.publishedBy !== null || v.version === 1, v.acceptances])).toEqual([
      [2, true, 0],
      [1, true, 0],
    ]);
    expect(detail?.draft).toBeNull();
    expect(
      await prisma.auditEvent.groupBy({ by: ["action"], where: { entityId: draft.versionId, actorId: admin.id }, _count: true, orderBy: { action: "asc" } }),
    ).toEqual([
      { action: "agreement.draft_updated", _count: 1 },
      { action: "agreement.version_drafted", _count: 1 },
      { action: "agreement.version_published", _count: 1 },
    ]);
  });

  it("publishes a draft once when two admins publish it at the same moment", async () => {
    const draft = await createAgreementVersion(admin, { templateId, body: "# MPA v2" }, context);
    const other = await makeUser("ADMIN");
    const results = await Promise.allSettled([
      publishAgreementVersion(admin, { versionId: draft.versionId }, context),
      publishAgreementVersion(other, { versionId: draft.versionId }, context),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await prisma.auditEvent.count({ where: { action: "agreement.version_published", entityId: draft.versionId } })).toBe(1);
  });

  it("keeps one draft per agreement", async () => {
    await createAgreementVersion(admin, { templateId, body: "# MPA v2" }, context);
    await expect(createAgreementVersion(admin, { templateId, body: "# MPA v3" }, context)).rejects.toMatchObject({ code: "CONFLICT", field: "body" });
    expect(await prisma.agreementVersion.count({ where: { templateId } })).toBe(2);
  });
});

describe("legal requests", () => {
  async function openRequest() {
    const partner = await makePartner({ legalName: `Counsel & Co ${Math.random().toString(36).slice(2, 6)}` });
    const partnerAdmin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    const version = await prisma.agreementVersion.findFirstOrThrow({ where: { templateId, version: 1 } });
    const { requestId } = await openLegalRequest(partnerAdmin, { versionId: version.id, reason: "We need a liability cap in section 9." }, context);
    return { requestId, partnerAdmin };
  }

  it("moves OPEN → IN_NEGOTIATION, appends notes with date and author, and audits each change", async () => {
    const { requestId } = await openRequest();
    await updateLegalRequest(admin, { requestId, status: "IN_NEGOTIATION", note: "Call booked with their counsel." }, context);
    await updateLegalRequest(admin, { requestId, status: undefined, note: "Cap agreed at 12 months of fees." }, context);

    const request = await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.status).toBe("IN_NEGOTIATION");
    const notes = request.notes.split("\n\n");
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, Test ADMIN: Call booked with their counsel\.$/);
    expect(notes[1]).toMatch(/Cap agreed at 12 months of fees\.$/);
    expect(await prisma.auditEvent.count({ where: { action: "legal_request.updated", entityId: requestId, actorId: admin.id } })).toBe(2);
  });

  it("resolves as agreed: records what was agreed and the company's agreement, emails the requester, notifies the region's PHDs", async () => {
    const { requestId, partnerAdmin } = await openRequest();
    const [amerPhd, emeaPhd] = [await makeUser("PHD", { region: "AMER" }), await makeUser("PHD", { region: "EMEA" })];
    await updateLegalRequest(admin, { requestId, status: "IN_NEGOTIATION", note: "" }, context);
    const result = await resolveLegalRequest(
      admin,
      { requestId, outcome: "AGREED", negotiatedVersion: "MPA v1 with a 12-month liability cap", exception: null, declineReason: null },
      context,
    );
    expect(result.status).toBe("RESOLVED");

    const request = await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ status: "RESOLVED", negotiatedVersion: "MPA v1 with a 12-month liability cap", declineReason: null });
    expect(request.resolvedAt).toBeInstanceOf(Date);
    expect(
      await prisma.agreementAcceptance.findMany({ where: { partnerId: request.partnerId }, select: { versionId: true, method: true, userId: true } }),
    ).toEqual([{ versionId: request.versionId, method: "SIGNED_DOCUMENT", userId: partnerAdmin.id }]);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: partnerAdmin.email, template: "legalRequestOutcome" } });
    expect(email.subject).toBe("Your legal request is resolved: Master Partner Agreement version 1 as agreed");
    expect(email.text).toContain("MPA v1 with a 12-month liability cap");
    const notices = await prisma.notification.findMany({
      where: { type: "agreement.legal_request_resolved" },
      select: { userId: true, link: true, title: true },
    });
    expect(notices).toEqual([{ userId: amerPhd.id, link: `/phd/applicants/${request.partnerId}`, title: expect.stringMatching(/resolved as agreed$/) }]);
    expect(notices.some((notice) => notice.userId === emeaPhd.id)).toBe(false);
    expect(await prisma.auditEvent.count({ where: { action: "legal_request.resolved", entityId: requestId, actorId: admin.id } })).toBe(1);

    const resolved = await loadListPage(legalRequestList, admin, { status: "RESOLVED" });
    expect(resolved.rows.map((row) => row.id)).toEqual([requestId]);
  });

  it("declines with a reason: no agreement is recorded, the partner may then accept as written", async () => {
    const { requestId, partnerAdmin } = await openRequest();
    await resolveLegalRequest(
      admin,
      { requestId, outcome: "DECLINED", negotiatedVersion: null, exception: null, declineReason: "The liability cap is standard for every partner." },
      context,
    );
    const request = await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ status: "DECLINED", declineReason: "The liability cap is standard for every partner." });
    expect(await prisma.agreementAcceptance.count({ where: { partnerId: request.partnerId } })).toBe(0);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: partnerAdmin.email, template: "legalRequestOutcome" } });
    expect(email.text).toContain("The liability cap is standard for every partner.");
    expect(await prisma.auditEvent.count({ where: { action: "legal_request.declined", entityId: requestId } })).toBe(1);
    await acceptAgreement(partnerAdmin, { versionId: request.versionId, agree: "yes" }, { ...context, userAgent: null });
    expect(await prisma.agreementAcceptance.count({ where: { partnerId: request.partnerId, method: "CLICK_THROUGH" } })).toBe(1);
  });

  it("refuses a move the workflow does not allow, and an outcome stands", async () => {
    const { requestId } = await openRequest();
    const agreed = { requestId, outcome: "AGREED", negotiatedVersion: null, exception: "Section 9 capped at 12 months.", declineReason: null } as const;
    await resolveLegalRequest(admin, agreed, context);
    await expect(resolveLegalRequest(admin, agreed, context)).rejects.toMatchObject({ code: "CONFLICT", field: "outcome" });
    await expect(resolveLegalRequest(admin, { ...agreed, outcome: "DECLINED", declineReason: "Changed our mind about it." }, context)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(updateLegalRequest(admin, { requestId, status: "WITHDRAWN", note: "" }, context)).rejects.toMatchObject({ code: "CONFLICT", field: "status" });
    expect((await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("RESOLVED");

    const other = await openRequest();
    await updateLegalRequest(admin, { requestId: other.requestId, status: "WITHDRAWN", note: "The partner accepts as written." }, context);
    await expect(updateLegalRequest(admin, { requestId: other.requestId, status: "IN_NEGOTIATION", note: "" }, context)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(resolveLegalRequest(admin, { ...agreed, requestId: other.requestId }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.legalRequest.findUniqueOrThrow({ where: { id: other.requestId } })).status).toBe("WITHDRAWN");
  });

  it("asks for what was agreed, or why it was declined", () => {
    const base = { requestId: "c0000000000000000000000000", negotiatedVersion: "", exception: "", declineReason: "" };
    expect(ZResolveLegalRequestSchema.safeParse({ ...base, outcome: "AGREED" }).error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "negotiatedVersion",
    ]);
    expect(
      ZResolveLegalRequestSchema.safeParse({ ...base, outcome: "DECLINED", declineReason: "No." }).error?.issues.map((issue) => issue.path.join(".")),
    ).toEqual(["declineReason"]);
    expect(ZResolveLegalRequestSchema.parse({ ...base, outcome: "AGREED", exception: "Cap at 12 months." })).toMatchObject({
      negotiatedVersion: null,
      exception: "Cap at 12 months.",
    });
    expect(ZUpdateLegalRequestSchema.safeParse({ requestId: base.requestId, status: "RESOLVED", note: "" }).success).toBe(false);
  });

  it("lists the oldest first, filtered by status", async () => {
    const first = await openRequest();
    const second = await openRequest();
    await updateLegalRequest(admin, { requestId: second.requestId, status: "IN_NEGOTIATION", note: "" }, context);

    expect((await loadListPage(legalRequestList, admin, {})).rows.map((row) => row.id)).toEqual([first.requestId, second.requestId]);
    const page = await loadListPage(legalRequestList, admin, { status: "OPEN" });
    expect(page).toMatchObject({ total: 1, rows: [{ id: first.requestId, status: "OPEN", agreement: "Master Partner Agreement v1" }] });
  });
});
