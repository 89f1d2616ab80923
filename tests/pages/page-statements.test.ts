// Every page a role's navigation links to, the header's notifications page and each record page, rendered by the real
// production build as each demo role, hold to at most 8 SQL statements, and the same number once the data is ten
// times larger. The server counts the statements of each request itself (COUNT_SQL_STATEMENTS, statement-count.ts).
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/generated/prisma/enums";
import { navigationFor } from "../../src/server/auth/navigation";
import { SESSION_USER_SELECT, toSessionUser } from "../../src/server/auth/policy";
import { hashToken } from "../../src/server/auth/one-time-token";
import { PROJECT_ROOT } from "../../scripts/lib/environment";
import { startBuiltServer, type BuiltServer } from "./built-server";
import { growTenfold } from "./grow-data";
import { createRecordFixtures, type RecordFixtures } from "./record-fixtures";

const MAX_STATEMENTS_PER_PAGE = 8;

/** One demo user per role; anonymous visitors open invitation links and the public partner locator. */
const DEMO_USERS: Record<Role, string> = {
  PARTNER_ADMIN: "partner.admin@demo.test",
  PARTNER_USER: "partner.user@demo.test",
  CAM: "cam@demo.test",
  PHD: "phd@demo.test",
  PS_COORDINATOR: "ps@demo.test",
  EDUCATION_SERVICES: "education@demo.test",
  CHANNEL_SERVICES: "channel.services@demo.test",
  ADMIN: "admin@demo.test",
};

interface PageVisit {
  role: Role | "anonymous";
  path: string;
  /** The route, for the table: a record page's path holds a generated id. */
  route?: string;
}

let server: BuiltServer;
let fixtures: RecordFixtures;
const cookies = new Map<PageVisit["role"], string>();
const visits: PageVisit[] = [];
const atDemoSize = new Map<PageVisit, number>();
const atTenfold = new Map<PageVisit, number>();

/** Every route of the app with a dynamic segment (a record's page or file), as `/a/[id]`; next-auth's own is not ours. */
function recordRoutes(): string[] {
  const appDir = path.join(PROJECT_ROOT, "src/app");
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file) && file.includes("["))
    .map(
      (file) =>
        `/${path
          .dirname(file)
          .split(path.sep)
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join("/")}`,
    )
    .filter((route) => !route.startsWith("/api/auth/"))
    .sort();
}

async function measure(into: Map<PageVisit, number>) {
  for (const visit of visits) {
    const response = await server.get(visit.path, cookies.get(visit.role));
    // A redirect or an error page would be counted instead of the page itself.
    expect(response.status, `${visit.role} ${visit.path}`).toBe(200);
    // Every page reads something (the session, or the invitation); none counted would mean the counting is off.
    expect(response.statements, `${visit.role} ${visit.path}`).toBeGreaterThan(0);
    into.set(visit, response.statements);
  }
}

beforeAll(async () => {
  server = await startBuiltServer();
  fixtures = await createRecordFixtures(server);
  for (const [role, email] of Object.entries(DEMO_USERS) as [Role, string][]) {
    cookies.set(role, await server.signIn(email));
    const user = toSessionUser(await server.prisma.user.findUniqueOrThrow({ where: { email }, select: SESSION_USER_SELECT }));
    // Derived from the navigation itself, so a page added to an area is measured without touching this test.
    for (const link of navigationFor(user)) visits.push({ role, path: link.href });
    visits.push({ role, path: "/notifications" });
  }
  const token = randomBytes(24).toString("base64url");
  await server.prisma.oneTimeToken.update({ where: { id: fixtures.invitationId }, data: { tokenHash: hashToken(token) } });
  visits.push(
    { role: "PHD", route: "/phd/applicants/[id]", path: `/phd/applicants/${fixtures.applicantId}` },
    { role: "ADMIN", route: "/admin/emails/[id]", path: `/admin/emails/${fixtures.emailId}` },
    { role: "ADMIN", route: "/admin/agreements/[templateId]", path: `/admin/agreements/${fixtures.templateId}` },
    {
      role: "ADMIN",
      route: "/admin/agreements/[templateId]/versions/[versionId]",
      path: `/admin/agreements/${fixtures.templateId}/versions/${fixtures.versionId}`,
    },
    { role: "ADMIN", route: "/admin/legal-requests/[id]", path: `/admin/legal-requests/${fixtures.legalRequestId}` },
    { role: "PARTNER_ADMIN", route: "/partner/agreements/[versionId]", path: `/partner/agreements/${fixtures.partnerVersionId}` },
    { role: "PARTNER_ADMIN", route: "/partner/company/users/[id]", path: `/partner/company/users/${fixtures.colleagueId}` },
    { role: "PARTNER_ADMIN", route: "/files/[id]", path: `/files/${fixtures.logoFileId}` },
    { role: "CAM", route: "/accounts/[id]", path: `/accounts/${fixtures.accountId}` },
    { role: "CAM", route: "/award-cases/[id]", path: `/award-cases/${fixtures.awardCaseId}` },
    { role: "CAM", route: "/ctp/[id]", path: `/ctp/${fixtures.ctpTrackingId}` },
    { role: "PHD", route: "/nfr/requests/[id]", path: `/nfr/requests/${fixtures.nfrRequestId}` },
    { role: "PARTNER_USER", route: "/nfr/requests/[id]", path: `/nfr/requests/${fixtures.nfrRequestId}` },
    { role: "PHD", route: "/nfr/licenses/[id]", path: `/nfr/licenses/${fixtures.nfrLicenseId}` },
    { role: "PARTNER_USER", route: "/nfr/licenses/[id]", path: `/nfr/licenses/${fixtures.nfrLicenseId}` },
    // The region's licenses are reached from the queue's header, not the navigation.
    { role: "PHD", path: "/phd/nfr/licenses" },
    { role: "PS_COORDINATOR", route: "/ps/sows/[id]", path: `/ps/sows/${fixtures.sowId}` },
    { role: "PS_COORDINATOR", route: "/ps/partners/[id]", path: `/ps/partners/${fixtures.subcontractorId}` },
    { role: "PS_COORDINATOR", route: "/ps/work-authorizations/[id]", path: `/ps/work-authorizations/${fixtures.workAuthorizationId}` },
    { role: "PS_COORDINATOR", route: "/ps/invoices/[id]", path: `/ps/invoices/${fixtures.invoiceId}` },
    { role: "PARTNER_ADMIN", route: "/partner/subcontracting/invoices/[id]", path: `/partner/subcontracting/invoices/${fixtures.invoiceId}` },
    // The consultants' board is the navigation's link; its list view and a consultant's page are measured here.
    { role: "PS_COORDINATOR", path: "/ps/consultants?view=list" },
    { role: "PS_COORDINATOR", route: "/ps/consultants/[id]", path: `/ps/consultants/${fixtures.consultantId}` },
    { role: "ADMIN", route: "/admin/users/[id]", path: `/admin/users/${fixtures.userId}` },
    { role: "anonymous", route: "/invitations/[token]", path: `/invitations/${token}` },
    { role: "anonymous", path: "/partners" },
    { role: "anonymous", path: "/partners?q=cloud&region=AMER&track=SERVICES&page=1" },
    { role: "anonymous", route: "/partners/[id]", path: `/partners/${fixtures.locatorPartnerId}` },
    { role: "anonymous", route: "/partners/[id]/logo", path: `/partners/${fixtures.locatorPartnerId}/logo` },
    { role: "ADMIN", route: "/admin/certifications/[id]", path: `/admin/certifications/${fixtures.certificationId}` },
    { role: "EDUCATION_SERVICES", route: "/education/imports/[id]", path: `/education/imports/${fixtures.importId}` },
    { role: "anonymous", route: "/badges/[token]", path: `/badges/${fixtures.badgeToken}` },
    { role: "anonymous", route: "/badges/[token]/assertion", path: `/badges/${fixtures.badgeToken}/assertion` },
    { role: "anonymous", route: "/badges/classes/[code]", path: `/badges/classes/${fixtures.certificationCode}` },
    { role: "anonymous", route: "/badges/classes/[code]/image", path: `/badges/classes/${fixtures.certificationCode}/image` },
  );

  await measure(atDemoSize);
  const grown = await growTenfold(process.env.DATABASE_URL!);
  await measure(atTenfold);

  const label = (visit: PageVisit) => `${visit.role.padEnd(14)} ${visit.route ?? visit.path}`;
  const width = Math.max(...visits.map((visit) => label(visit).length));
  console.log(
    [
      `SQL statements per page, at most ${MAX_STATEMENTS_PER_PAGE}: with the demo data, then with ten times the data`,
      `(${Object.entries(grown)
        .map(([table, rows]) => `${table} ${rows}`)
        .join(", ")} rows)`,
      `  ${"role / page".padEnd(width)}  demo  ×10`,
      ...visits.map((visit) => `  ${label(visit).padEnd(width)}  ${String(atDemoSize.get(visit)).padStart(4)}  ${String(atTenfold.get(visit)).padStart(3)}`),
    ].join("\n"),
  );
}, 300_000);

afterAll(() => server?.stop());

describe("SQL statements per page on the built app", () => {
  it("covers a navigation page of every role", () => {
    // Anonymous visitors' pages (the public locator) are listed by hand; each role's come from its navigation.
    const roles = new Set(visits.filter((visit) => visit.path !== "/notifications" && !visit.route && visit.role !== "anonymous").map((visit) => visit.role));
    expect([...roles].sort()).toEqual(Object.keys(DEMO_USERS).sort());
  });

  it("covers every record page the app has", () => {
    // A page measured as two roles (the NFR record pages, as the desk and as the partner) counts once.
    const measured = [...new Set(visits.flatMap((visit) => (visit.route ? [visit.route] : [])))].sort();
    expect(measured).toEqual(recordRoutes());
  });

  it(`stay at or under ${MAX_STATEMENTS_PER_PAGE} per page`, () => {
    const over = visits.filter((visit) => atDemoSize.get(visit)! > MAX_STATEMENTS_PER_PAGE || atTenfold.get(visit)! > MAX_STATEMENTS_PER_PAGE);
    expect(over.map((visit) => `${visit.role} ${visit.path}: ${atDemoSize.get(visit)}, then ${atTenfold.get(visit)}`)).toEqual([]);
  });

  it("do not grow when the data grows tenfold", () => {
    const grown = visits.filter((visit) => atTenfold.get(visit)! > atDemoSize.get(visit)!);
    expect(grown.map((visit) => `${visit.role} ${visit.path}: ${atDemoSize.get(visit)}, then ${atTenfold.get(visit)}`)).toEqual([]);
  });
});
