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

const context = { ip: "10.0.0.9" };

let admin: SessionUser;
let templateId: string;

beforeEach(async () => {
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

  it("moves OPEN → IN_NEGOTIATION → RESOLVED, appends notes with date and author, and audits each change", async () => {
    const { requestId } = await openRequest();
    await updateLegalRequest(admin, { requestId, status: "IN_NEGOTIATION", note: "Call booked with their counsel." }, context);
    await updateLegalRequest(admin, { requestId, status: undefined, note: "Cap agreed at 12 months of fees." }, context);
    await updateLegalRequest(admin, { requestId, status: "RESOLVED", note: "" }, context);

    const request = await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request.status).toBe("RESOLVED");
    const notes = request.notes.split("\n\n");
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, Test ADMIN: Call booked with their counsel\.$/);
    expect(notes[1]).toMatch(/Cap agreed at 12 months of fees\.$/);
    expect(await prisma.auditEvent.count({ where: { action: "legal_request.updated", entityId: requestId, actorId: admin.id } })).toBe(3);
  });

  it("refuses a move the workflow does not allow, and a resolved request stays resolved", async () => {
    const { requestId } = await openRequest();
    await expect(updateLegalRequest(admin, { requestId, status: "RESOLVED", note: "" }, context)).rejects.toMatchObject({ code: "CONFLICT", field: "status" });
    await updateLegalRequest(admin, { requestId, status: "WITHDRAWN", note: "The partner accepts as written." }, context);
    await expect(updateLegalRequest(admin, { requestId, status: "IN_NEGOTIATION", note: "" }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await prisma.legalRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("WITHDRAWN");
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
