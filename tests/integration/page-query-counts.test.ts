// Each role's home and main list issue a fixed, small number of SQL statements, whatever the data size:
// the bound is 10 per page. Counted from Prisma's own per-statement events on the app's client.
import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { prisma } from "../../src/server/db";
import { seedDemoData } from "../../scripts/seed/demo";
import { loadListPage } from "../../src/server/lists/load-list-page";
import { getPartnerOverview } from "../../src/server/partners/get-partner-overview";
import { partnerList } from "../../src/server/partners/partner-list";
import { listPendingAgreements } from "../../src/server/agreements/list-pending-agreements";
import { applicantList } from "../../src/server/applications/applicant-list";
import { nfrLicenseList } from "../../src/server/nfr/nfr-license-list";
import { primeSowList } from "../../src/server/subcontracting/prime-sow-list";
import { userList } from "../../src/server/users/user-list";
import { auditEventList } from "../../src/server/audit/audit-event-list";
import { outboxEmailList } from "../../src/server/mail/outbox-email-list";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "../../src/server/auth/policy";

const MAX_QUERIES_PER_PAGE = 10;
// Every page also reads the signed-in user once (getCurrentUser), outside the functions measured here.
const SESSION_QUERIES = 1;

let statements = 0;
const users: Record<string, SessionUser> = {};

async function demoUser(email: string): Promise<SessionUser> {
  return toSessionUser(await prisma.user.findUniqueOrThrow({ where: { email }, select: SESSION_USER_SELECT }));
}

const pages: Record<string, () => Promise<unknown>> = {
  "/partner": () => Promise.all([listPendingAgreements(users.partner), getPartnerOverview(users.partner), loadListPage(nfrLicenseList, users.partner, {})]),
  "/cam": () => loadListPage(partnerList, users.cam, {}),
  "/phd/applicants": () => loadListPage(applicantList, users.phd, {}),
  "/ps": () => loadListPage(primeSowList, users.ps, {}),
  "/admin": () => loadListPage(userList, users.admin, {}),
  "/admin/audit": () => loadListPage(auditEventList, users.admin, {}),
  "/admin/emails": () => loadListPage(outboxEmailList, users.admin, {}),
};

async function countStatements(load: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await load();
  return statements + SESSION_QUERIES;
}

/** Many more rows of everything the pages list, in the demo users' scope. */
async function growData() {
  const cam = users.cam;
  const partners = Array.from({ length: 400 }, (_, index) => {
    const suffix = randomBytes(5).toString("hex");
    return {
      legalName: `Growth ${index} ${suffix}`,
      website: `https://growth-${suffix}.example`,
      websiteDomain: `growth-${suffix}.example`,
      country: "US",
      region: "AMER" as const,
      phdRegion: "AMER" as const,
      size: "SIZE_11_50" as const,
      tracks: ["REFERRAL" as const],
      status: index % 2 ? ("SUBMITTED" as const) : ("AUTHORIZED" as const),
      camOwnerId: cam.id,
      subcontractRelationship: "DIRECT" as const,
    };
  });
  await prisma.partner.createMany({ data: partners });
  const created = await prisma.partner.findMany({ where: { legalName: { startsWith: "Growth " } }, select: { id: true } });
  await prisma.user.createMany({ data: created.map((partner, index) => ({ email: `growth-${index}@growth.example`, name: `Growth ${index}`, role: "PARTNER_USER" as const, partnerId: partner.id })) });
  await prisma.primeSow.createMany({ data: created.slice(0, 150).map((partner, index) => ({ partnerId: partner.id, number: `SOW-GROWTH-${index}`, amountCents: 30_000_000 })) });
  await prisma.auditEvent.createMany({ data: created.map((partner) => ({ action: "partner.grown", entityType: "Partner", entityId: partner.id, summary: "grown" })) });
  await prisma.outboxEmail.createMany({ data: created.map((_, index) => ({ to: `growth-${index}@growth.example`, template: "passwordReset", subject: "s", html: "h", text: "t" })) });
}

beforeAll(async () => {
  await seedDemoData(prisma, { password: "demo-password" });
  users.partner = await demoUser("partner.admin@demo.test");
  users.cam = await demoUser("cam@demo.test");
  users.phd = await demoUser("phd@demo.test");
  users.ps = await demoUser("ps@demo.test");
  users.admin = await demoUser("admin@demo.test");
  (prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
    statements += 1;
  });
}, 60_000);

describe("SQL statements per page", () => {
  it(`stay at or under ${MAX_QUERIES_PER_PAGE} and do not grow with the data`, async () => {
    const before: Record<string, number> = {};
    for (const [page, load] of Object.entries(pages)) before[page] = await countStatements(load);

    await growData();
    const after: Record<string, number> = {};
    for (const [page, load] of Object.entries(pages)) after[page] = await countStatements(load);

    for (const page of Object.keys(pages)) {
      expect(before[page], page).toBeGreaterThan(SESSION_QUERIES);
      expect(before[page], page).toBeLessThanOrEqual(MAX_QUERIES_PER_PAGE);
    }
    expect(after).toEqual(before);
  });
});
