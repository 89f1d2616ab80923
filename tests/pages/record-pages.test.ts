// Each record page, over real HTTP against the production build: its record opens (200); an id that does not exist
// and a record outside the user's scope both get the not-found page with status 404; a role without the page's
// capability gets the 403 page. The file route answers a JSON 404 instead.
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/server/auth/one-time-token";
import { MAX_REQUEST_BODY_BYTES, REQUEST_TOO_LARGE_MESSAGE } from "../../src/lib/request-limits";
import { startBuiltServer, type BuiltServer } from "./built-server";
import { createRecordFixtures, type RecordFixtures } from "./record-fixtures";

// What the page threw, as Next writes it into the page it sends (the browser renders not-found.tsx or forbidden.tsx
// from it): the status alone would not tell notFound() from a 404 for a path with no route.
const NOT_FOUND_THROWN = "NEXT_HTTP_ERROR_FALLBACK;404";
const FORBIDDEN_THROWN = "NEXT_HTTP_ERROR_FALLBACK;403";
const ABSENT_ID = "cnosuchrecord000000000000";

let server: BuiltServer;
let fixtures: RecordFixtures;
const cookies = new Map<string, string>();

async function visit(email: string | null, pathname: string) {
  if (email && !cookies.has(email)) cookies.set(email, await server.signIn(email));
  return server.get(pathname, email ? cookies.get(email) : undefined);
}

async function expectFound(email: string, pathname: string) {
  const response = await visit(email, pathname);
  expect(response.status, pathname).toBe(200);
  expect(response.body).not.toContain(NOT_FOUND_THROWN);
}

async function expectNotFound(email: string | null, pathname: string) {
  const response = await visit(email, pathname);
  expect(response.status, pathname).toBe(404);
  expect(response.body).toContain(NOT_FOUND_THROWN);
  return response;
}

async function expectForbidden(email: string, pathname: string) {
  const response = await visit(email, pathname);
  expect(response.status, pathname).toBe(403);
  expect(response.body).toContain(FORBIDDEN_THROWN);
}

beforeAll(async () => {
  server = await startBuiltServer();
  fixtures = await createRecordFixtures(server);
}, 180_000);

afterAll(() => server?.stop());

describe("record pages answer 404 for absent and out-of-scope records, 403 for a refused capability", () => {
  it("/phd/applicants/[id]: another region's applicant is not found", async () => {
    await expectFound("phd@demo.test", `/phd/applicants/${fixtures.applicantId}`);
    await expectNotFound("phd@demo.test", `/phd/applicants/${fixtures.otherRegionApplicantId}`);
    await expectNotFound("phd@demo.test", `/phd/applicants/${ABSENT_ID}`);
    await expectFound("phd.emea@demo.test", `/phd/applicants/${fixtures.otherRegionApplicantId}`);
    await expectForbidden("cam@demo.test", `/phd/applicants/${fixtures.applicantId}`);
  });

  it("/admin/emails/[id]", async () => {
    await expectFound("admin@demo.test", `/admin/emails/${fixtures.emailId}`);
    await expectNotFound("admin@demo.test", `/admin/emails/${ABSENT_ID}`);
    await expectForbidden("phd@demo.test", `/admin/emails/${fixtures.emailId}`);
  });

  it("/admin/agreements/[templateId]", async () => {
    await expectFound("admin@demo.test", `/admin/agreements/${fixtures.templateId}`);
    await expectNotFound("admin@demo.test", `/admin/agreements/${ABSENT_ID}`);
    await expectForbidden("cam@demo.test", `/admin/agreements/${fixtures.templateId}`);
  });

  it("/admin/agreements/[templateId]/versions/[versionId]: another agreement's version is not found", async () => {
    await expectFound("admin@demo.test", `/admin/agreements/${fixtures.templateId}/versions/${fixtures.versionId}`);
    await expectNotFound("admin@demo.test", `/admin/agreements/${fixtures.templateId}/versions/${fixtures.otherTemplateVersionId}`);
    await expectNotFound("admin@demo.test", `/admin/agreements/${fixtures.templateId}/versions/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/admin/agreements/${fixtures.templateId}/versions/${fixtures.versionId}`);
  });

  it("/admin/legal-requests/[id]", async () => {
    await expectFound("admin@demo.test", `/admin/legal-requests/${fixtures.legalRequestId}`);
    await expectNotFound("admin@demo.test", `/admin/legal-requests/${ABSENT_ID}`);
    await expectForbidden("ps@demo.test", `/admin/legal-requests/${fixtures.legalRequestId}`);
  });

  it("/partner/agreements/[versionId]: a superseded version is no longer the company's to answer", async () => {
    await expectFound("partner.user@demo.test", `/partner/agreements/${fixtures.partnerVersionId}`);
    await expectNotFound("partner.user@demo.test", `/partner/agreements/${fixtures.supersededVersionId}`);
    await expectNotFound("partner.user@demo.test", `/partner/agreements/${ABSENT_ID}`);
    await expectForbidden("cam@demo.test", `/partner/agreements/${fixtures.partnerVersionId}`);
  });

  it("/partner/company/users/[id]: another company's user is not found", async () => {
    await expectFound("partner.admin@demo.test", `/partner/company/users/${fixtures.colleagueId}`);
    await expectNotFound("partner.admin@demo.test", `/partner/company/users/${fixtures.otherCompanyUserId}`);
    await expectNotFound("other.partner@demo.test", `/partner/company/users/${fixtures.colleagueId}`);
    await expectNotFound("partner.admin@demo.test", `/partner/company/users/${ABSENT_ID}`);
    await expectForbidden("admin@demo.test", `/partner/company/users/${fixtures.colleagueId}`);
  });

  it("/accounts/[id]: a CAM opens the accounts it owns, a PHD its region's, an admin any", async () => {
    await expectFound("cam@demo.test", `/accounts/${fixtures.accountId}`);
    await expectNotFound("cam@demo.test", `/accounts/${fixtures.otherCamAccountId}`);
    await expectNotFound("cam@demo.test", `/accounts/${ABSENT_ID}`);
    await expectFound("phd@demo.test", `/accounts/${fixtures.accountId}`);
    await expectNotFound("phd@demo.test", `/accounts/${fixtures.otherRegionAccountId}`);
    await expectFound("admin@demo.test", `/accounts/${fixtures.otherCamAccountId}`);
    await expectForbidden("partner.admin@demo.test", `/accounts/${fixtures.accountId}`);
    await expectForbidden("ps@demo.test", `/accounts/${fixtures.accountId}`);
  });

  it("/accounts/[id]: a subcontractor's account shows its relationship and running SOWs", async () => {
    const page = await visit("admin@demo.test", `/accounts/${fixtures.northwindId}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Subcontracting");
    expect(page.body).toContain("Indirect staff augmentation subcontractor.");
    expect(page.body).toMatch(/SOW PS-SOW-\d{4}-\d{3}/);
  });

  it("/award-cases/[id]: the account's CAM and the region's desk open the case; another region's is not found", async () => {
    await expectFound("cam@demo.test", `/award-cases/${fixtures.awardCaseId}`);
    await expectFound("phd@demo.test", `/award-cases/${fixtures.awardCaseId}`);
    await expectFound("admin@demo.test", `/award-cases/${fixtures.otherRegionAwardCaseId}`);
    await expectNotFound("cam@demo.test", `/award-cases/${fixtures.otherRegionAwardCaseId}`);
    await expectNotFound("phd@demo.test", `/award-cases/${fixtures.otherRegionAwardCaseId}`);
    await expectNotFound("phd@demo.test", `/award-cases/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/award-cases/${fixtures.awardCaseId}`);
  });

  it("/ctp/[id]: another CAM's or company's tracking is not found; Education and Channel Services open any", async () => {
    await expectFound("cam@demo.test", `/ctp/${fixtures.ctpTrackingId}`);
    await expectNotFound("cam@demo.test", `/ctp/${fixtures.otherCamCtpTrackingId}`);
    await expectNotFound("cam@demo.test", `/ctp/${ABSENT_ID}`);
    await expectNotFound("partner.admin@demo.test", `/ctp/${fixtures.ctpTrackingId}`);
    await expectFound("education@demo.test", `/ctp/${fixtures.otherCamCtpTrackingId}`);
    await expectFound("channel.services@demo.test", `/ctp/${fixtures.ctpTrackingId}`);
    await expectFound("admin@demo.test", `/ctp/${fixtures.otherCamCtpTrackingId}`);
    await expectForbidden("phd@demo.test", `/ctp/${fixtures.ctpTrackingId}`);
  });

  it("/nfr/requests/[id]: the partner's users, its CAM and the region's desk open the request; another company's or region's is not found", async () => {
    await expectFound("phd@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
    await expectFound("partner.admin@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
    await expectFound("partner.user@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
    await expectFound("cam@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
    await expectFound("phd.emea@demo.test", `/nfr/requests/${fixtures.otherRegionNfrRequestId}`);
    await expectNotFound("phd@demo.test", `/nfr/requests/${fixtures.otherRegionNfrRequestId}`);
    await expectNotFound("partner.admin@demo.test", `/nfr/requests/${fixtures.otherRegionNfrRequestId}`);
    await expectNotFound("other.partner@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
    await expectNotFound("phd@demo.test", `/nfr/requests/${ABSENT_ID}`);
    await expectForbidden("ps@demo.test", `/nfr/requests/${fixtures.nfrRequestId}`);
  });

  it("/nfr/licenses/[id]: the key shows to the partner's users and the desk, not the CAM; another company's or region's is not found", async () => {
    const own = await visit("partner.user@demo.test", `/nfr/licenses/${fixtures.nfrLicenseId}`);
    expect(own.status).toBe(200);
    expect(own.body).toContain("License key");
    await expectFound("phd@demo.test", `/nfr/licenses/${fixtures.nfrLicenseId}`);
    const byCam = await visit("cam@demo.test", `/nfr/licenses/${fixtures.nfrLicenseId}`);
    expect(byCam.status).toBe(200);
    expect(byCam.body).not.toContain("License key");
    await expectFound("phd.emea@demo.test", `/nfr/licenses/${fixtures.otherRegionNfrLicenseId}`);
    await expectNotFound("phd@demo.test", `/nfr/licenses/${fixtures.otherRegionNfrLicenseId}`);
    await expectNotFound("partner.admin@demo.test", `/nfr/licenses/${fixtures.otherRegionNfrLicenseId}`);
    await expectNotFound("other.partner@demo.test", `/nfr/licenses/${fixtures.nfrLicenseId}`);
    await expectNotFound("cam@demo.test", `/nfr/licenses/${ABSENT_ID}`);
    await expectForbidden("education@demo.test", `/nfr/licenses/${fixtures.nfrLicenseId}`);
  });

  it("/ps/sows/[id]: a SOW of a partner that does not subcontract is not found", async () => {
    await expectFound("ps@demo.test", `/ps/sows/${fixtures.sowId}`);
    await expectFound("admin@demo.test", `/ps/sows/${fixtures.outOfScopeSowId}`);
    await expectNotFound("ps@demo.test", `/ps/sows/${fixtures.outOfScopeSowId}`);
    await expectNotFound("ps@demo.test", `/ps/sows/${ABSENT_ID}`);
    await expectForbidden("cam@demo.test", `/ps/sows/${fixtures.sowId}`);
  });

  it("/ps/partners/[id]: a partner that does not subcontract is not found by the coordinator; the admin sees every partner", async () => {
    await expectFound("ps@demo.test", `/ps/partners/${fixtures.subcontractorId}`);
    await expectFound("admin@demo.test", `/ps/partners/${fixtures.outOfScopePartnerId}`);
    await expectNotFound("ps@demo.test", `/ps/partners/${fixtures.outOfScopePartnerId}`);
    await expectNotFound("ps@demo.test", `/ps/partners/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/ps/partners/${fixtures.subcontractorId}`);
  });

  it("/ps/work-authorizations/[id]: one of a partner that does not subcontract is not found", async () => {
    await expectFound("ps@demo.test", `/ps/work-authorizations/${fixtures.workAuthorizationId}`);
    await expectNotFound("ps@demo.test", `/ps/work-authorizations/${fixtures.outOfScopeWorkAuthorizationId}`);
    await expectNotFound("ps@demo.test", `/ps/work-authorizations/${ABSENT_ID}`);
    await expectForbidden("phd@demo.test", `/ps/work-authorizations/${fixtures.workAuthorizationId}`);
  });

  it("/partner/subcontracting/invoices/[id] and /ps/invoices/[id]: the company's users and the coordinator open it; another company's is not found", async () => {
    await expectFound("partner.admin@demo.test", `/partner/subcontracting/invoices/${fixtures.invoiceId}`);
    await expectFound("partner.user@demo.test", `/partner/subcontracting/invoices/${fixtures.invoiceId}`);
    await expectNotFound("other.partner@demo.test", `/partner/subcontracting/invoices/${fixtures.invoiceId}`);
    await expectNotFound("partner.admin@demo.test", `/partner/subcontracting/invoices/${fixtures.otherCompanyInvoiceId}`);
    await expectNotFound("partner.admin@demo.test", `/partner/subcontracting/invoices/${ABSENT_ID}`);
    await expectForbidden("ps@demo.test", `/partner/subcontracting/invoices/${fixtures.invoiceId}`);
    await expectFound("ps@demo.test", `/ps/invoices/${fixtures.invoiceId}`);
    await expectFound("admin@demo.test", `/ps/invoices/${fixtures.otherCompanyInvoiceId}`);
    await expectNotFound("ps@demo.test", `/ps/invoices/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/ps/invoices/${fixtures.invoiceId}`);
    const receipt = await visit("ps@demo.test", `/files/${fixtures.receiptFileId}`);
    expect(receipt.status).toBe(200);
    expect((await visit("other.partner@demo.test", `/files/${fixtures.receiptFileId}`)).status).toBe(404);
  });

  it("/ps/consultants/[id]: a consultant of a partner that is no subcontractor is not found", async () => {
    await expectFound("ps@demo.test", `/ps/consultants/${fixtures.consultantId}`);
    await expectFound("admin@demo.test", `/ps/consultants/${fixtures.outsideConsultantId}`);
    await expectNotFound("ps@demo.test", `/ps/consultants/${fixtures.outsideConsultantId}`);
    await expectNotFound("ps@demo.test", `/ps/consultants/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/ps/consultants/${fixtures.consultantId}`);
    await expectForbidden("cam@demo.test", `/ps/consultants/${fixtures.consultantId}`);
  });

  it("/admin/certifications/[id]", async () => {
    await expectFound("admin@demo.test", `/admin/certifications/${fixtures.certificationId}`);
    await expectNotFound("admin@demo.test", `/admin/certifications/${ABSENT_ID}`);
    await expectForbidden("education@demo.test", `/admin/certifications/${fixtures.certificationId}`);
  });

  it("/education/imports/[id]", async () => {
    await expectFound("education@demo.test", `/education/imports/${fixtures.importId}`);
    await expectFound("admin@demo.test", `/education/imports/${fixtures.importId}`);
    await expectNotFound("education@demo.test", `/education/imports/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/education/imports/${fixtures.importId}`);
  });

  it("/badges/[token] and its Open Badges routes: public, an unknown token is not found", async () => {
    expect((await visit(null, `/badges/${fixtures.badgeToken}`)).status).toBe(200);
    expect((await visit(null, `/badges/${"x".repeat(43)}`)).status).toBe(404);
    for (const path of [
      `/badges/${fixtures.badgeToken}/assertion`,
      `/badges/classes/${fixtures.certificationCode}`,
      `/badges/classes/${fixtures.certificationCode}/image`,
    ]) {
      expect((await visit(null, path)).status, path).toBe(200);
    }
    for (const path of [`/badges/${"x".repeat(43)}/assertion`, "/badges/classes/NO-SUCH-CODE", "/badges/classes/NO-SUCH-CODE/image"]) {
      expect((await visit(null, path)).status, path).toBe(404);
    }
  });

  it("/admin/users/[id]", async () => {
    await expectFound("admin@demo.test", `/admin/users/${fixtures.userId}`);
    await expectNotFound("admin@demo.test", `/admin/users/${ABSENT_ID}`);
    await expectForbidden("partner.admin@demo.test", `/admin/users/${fixtures.userId}`);
  });

  it("/invitations/[token]: an unknown or used link is not found, and says to ask for a new invitation", async () => {
    const token = randomBytes(24).toString("base64url");
    await server.prisma.oneTimeToken.update({ where: { id: fixtures.invitationId }, data: { tokenHash: hashToken(token) } });
    const valid = await visit(null, `/invitations/${token}`);
    expect(valid.status).toBe(200);
    expect(valid.body).toContain("Choose your name and a password");

    const unknown = await expectNotFound(null, `/invitations/${randomBytes(24).toString("base64url")}`);
    expect(unknown.body).toContain("This invitation link is not valid");
    await server.prisma.oneTimeToken.update({ where: { id: fixtures.invitationId }, data: { usedAt: new Date() } });
    await expectNotFound(null, `/invitations/${token}`);
  });

  it("/files/[id]: another company's file, an absent one and a signed-out request get a JSON 404", async () => {
    const own = await visit("partner.admin@demo.test", `/files/${fixtures.logoFileId}`);
    expect(own.status).toBe(200);
    expect(own.contentType).toBe("image/png");
    for (const [email, pathname] of [
      ["other.partner@demo.test", `/files/${fixtures.logoFileId}`],
      ["partner.admin@demo.test", `/files/${ABSENT_ID}`],
      [null, `/files/${fixtures.logoFileId}`],
    ] as const) {
      const response = await visit(email, pathname);
      expect(response.status, `${email} ${pathname}`).toBe(404);
      expect(response.contentType).toMatch(/^application\/json/);
      expect(JSON.parse(response.body)).toEqual({ error: "Not found" });
    }
  });
});

describe("malformed URLs get a page or a 404, never the error page", () => {
  it("a NUL byte, a control character or a very long value where a record page expects an id is a 404", async () => {
    for (const id of ["%00", `${ABSENT_ID}%00`, "%1b%5B31m", "x".repeat(300)]) {
      await expectNotFound("phd@demo.test", `/phd/applicants/${id}`);
      await expectNotFound("admin@demo.test", `/admin/emails/${id}`);
      await expectNotFound("admin@demo.test", `/admin/agreements/${fixtures.templateId}/versions/${id}`);
      await expectNotFound("partner.admin@demo.test", `/partner/company/users/${id}`);
      await expectNotFound("cam@demo.test", `/accounts/${id}`);
      await expectNotFound("cam@demo.test", `/award-cases/${id}`);
      await expectNotFound("ps@demo.test", `/ps/sows/${id}`);
      await expectNotFound("ps@demo.test", `/ps/partners/${id}`);
      await expectNotFound("ps@demo.test", `/ps/work-authorizations/${id}`);
      await expectNotFound("ps@demo.test", `/ps/consultants/${id}`);
      await expectNotFound("admin@demo.test", `/admin/users/${id}`);
      await expectNotFound("phd@demo.test", `/nfr/requests/${id}`);
      await expectNotFound("partner.admin@demo.test", `/nfr/licenses/${id}`);
      await expectNotFound("partner.admin@demo.test", `/partner/subcontracting/invoices/${id}`);
      await expectNotFound("ps@demo.test", `/ps/invoices/${id}`);
      const file = await visit("partner.admin@demo.test", `/files/${id}`);
      expect(file.status, id).toBe(404);
      expect(JSON.parse(file.body)).toEqual({ error: "Not found" });
    }
  });

  it("a NUL byte in a list's search, filter or export is no server error", async () => {
    for (const [email, pathname] of [
      ["admin@demo.test", "/admin?q=smi%00th&role=CAM%00"],
      ["admin@demo.test", "/admin/audit?q=%00&action=user.signed_in%00&actorEmail=a%00@b.example&from=2025-01-01%00"],
      ["cam@demo.test", "/accounts?q=%00"],
      ["phd@demo.test", "/award-cases?q=%00&status=%00&due=%00"],
      ["phd@demo.test", "/phd/applicants?q=%00&status=%00"],
      ["phd@demo.test", "/phd/nfr?q=%00&status=%00&tier=%00&age=%00"],
      ["phd@demo.test", "/phd/nfr/licenses?q=%00&status=%00&expiring=%00"],
      ["ps@demo.test", "/ps/invoices?q=%00&status=%00&month=%00"],
      ["partner.admin@demo.test", "/partner/subcontracting?week=%00&consultant=%00"],
      ["ps@demo.test", "/ps?q=%00&sort=%00&dir=%00"],
      ["ps@demo.test", "/ps/consultants?view=list%00&q=%00&stage=%00&partner=%00"],
      ["ps@demo.test", "/ps/consultants?view=list&q=%00&stage=%00&partner=%00"],
    ] as const) {
      expect((await visit(email, pathname)).status, pathname).toBe(200);
    }
    for (const [email, pathname] of [
      ["admin@demo.test", "/admin/export?q=%00"],
      ["admin@demo.test", "/admin/audit/export?q=%00&action=%00"],
      ["cam@demo.test", "/accounts/export?q=%00"],
      ["phd@demo.test", "/phd/nfr/export?q=%00&status=%00"],
      ["phd@demo.test", "/phd/nfr/licenses/export?q=%00&expiring=%00"],
      ["ps@demo.test", "/ps/invoices/export?q=%00&status=%00&month=%00"],
      ["ps@demo.test", "/ps/export/sows?q=%00"],
      ["ps@demo.test", "/ps/export/projects?q=%00"],
      ["ps@demo.test", "/ps/consultants/export?q=%00&stage=%00&partner=%00"],
    ] as const) {
      const response = await visit(email, pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.contentType).toMatch(/^text\/csv/);
    }
  });

  it("a repeated or NUL-laden query parameter is read once or not at all", async () => {
    for (const pathname of [
      "/register/verify?token=a&token=b",
      "/register/verify?token=%00",
      "/reset-password?token=a&token=b",
      "/register?step=2&step=3",
      "/register?step=%00",
      "/login?callbackUrl=/admin&callbackUrl=/partner&error=INVALID&error=THROTTLED",
      "/login?error=%00",
    ]) {
      const response = await visit(null, pathname);
      // A step not reached yet sends the visitor to the step shown, under its own address.
      expect(response.status, pathname).toBe(pathname === "/register?step=2&step=3" ? 307 : 200);
    }
    const repeated = await visit(null, "/register/verify?token=a&token=b");
    expect(repeated.body).toContain("This confirmation link is not valid");
  });
});

describe("a request body past the portal's limit", () => {
  it("is refused with 413 before it is read, with a sentence saying so", async () => {
    // The server answers on the declared length alone, so the body is announced and never sent.
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(`${server.baseUrl}/partner/company`, {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "next-action": "0".repeat(42), "content-length": String(MAX_REQUEST_BODY_BYTES + 1) },
      });
      request.on("response", (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => {
          resolve({ status: response.statusCode ?? 0, body });
          request.destroy();
        });
      });
      request.on("error", reject);
      request.flushHeaders();
    });
    expect(answer).toEqual({ status: 413, body: REQUEST_TOO_LARGE_MESSAGE });
  });
});
