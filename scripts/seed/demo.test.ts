import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { createPrismaClient } from "@/server/create-prisma-client";
import { seedDemoData } from "./demo";
import { notificationTypesFor, NOTIFICATION_TYPE_VALUES } from "@/server/notifications/types";
import { sameOriginPath } from "@/lib/same-origin-path";
import { AUDIT_ACTION_VALUES } from "@/server/audit/audit-actions";
import { loadNfrEvidence } from "@/server/nfr/load-nfr-evidence";
import { approvalBlocker, calendarToday, nfrEligibility, nfrLicenseNotes } from "@/server/nfr/rules";
import { NFR_CAPS, NFR_EXPIRY_NOTICE_DAYS } from "@/lib/nfr";
import type { Region } from "@/generated/prisma/enums";
import { SESSION_USER_SELECT, toSessionUser } from "@/server/auth/policy";
import { loadListPage } from "@/server/lists/load-list-page";
import {
  monthOf,
  REPLENISHMENT_LINE_CENTS,
  REQUIRED_CONSULTANT_CERTIFICATION_CODES,
  sowTransitionBlocker,
  timeValueCents,
} from "@/server/subcontracting/rules";
import { sowBurnList } from "@/server/subcontracting/sow-burn-list";
import { listReplenishmentAlerts } from "@/server/subcontracting/list-replenishment-alerts";
import { listChangeOrderRisks } from "@/server/subcontracting/list-change-order-risks";
import { getPortfolioBurn } from "@/server/subcontracting/get-portfolio-burn";

const PASSWORD = "demo-password-123";
const prisma = createPrismaClient(process.env.DATABASE_URL!);

const DEMO_ACCOUNTS = [
  { email: "partner.admin@demo.test", role: "PARTNER_ADMIN" },
  { email: "partner.user@demo.test", role: "PARTNER_USER" },
  { email: "other.partner@demo.test", role: "PARTNER_ADMIN" },
  { email: "cam@demo.test", role: "CAM" },
  { email: "phd@demo.test", role: "PHD" },
  { email: "ps@demo.test", role: "PS_COORDINATOR" },
  { email: "admin@demo.test", role: "ADMIN" },
] as const;

let firstRun: { created: boolean };

beforeAll(async () => {
  firstRun = await seedDemoData(prisma, { password: PASSWORD });
}, 60_000);

afterAll(async () => {
  await prisma.$disconnect();
});

describe("seedDemoData", () => {
  it("reports that it created the demo data", () => {
    expect(firstRun).toEqual({ created: true });
  });

  it("creates each demo account with its role", async () => {
    for (const { email, role } of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUnique({ where: { email } });
      expect(user, email).not.toBeNull();
      expect(user?.role, email).toBe(role);
      expect(user?.emailVerifiedAt, email).not.toBeNull();
    }
  });

  it("puts both partner.* accounts in one company and other.partner in another", async () => {
    const [admin, user, other] = await Promise.all(
      ["partner.admin@demo.test", "partner.user@demo.test", "other.partner@demo.test"].map((email) =>
        prisma.user.findUniqueOrThrow({ where: { email }, select: { partnerId: true } }),
      ),
    );
    expect(admin?.partnerId).toBeTruthy();
    expect(user?.partnerId).toBe(admin?.partnerId);
    expect(other?.partnerId).toBeTruthy();
    expect(other?.partnerId).not.toBe(admin?.partnerId);
  });

  it("stores a password hash the sign-in check accepts", async () => {
    const { passwordHash } = await prisma.user.findUniqueOrThrow({
      where: { email: "partner.admin@demo.test" },
      select: { passwordHash: true },
    });
    expect(passwordHash).toBeTruthy();
    expect(await verifyPassword(PASSWORD, passwordHash!)).toBe(true);
    expect(await verifyPassword("wrong-password", passwordHash!)).toBe(false);
  });

  it("creates 25–40 partners across every region and both tiers, with applicants waiting", async () => {
    const partners = await prisma.partner.findMany({
      select: { region: true, tier: true, status: true, website: true, websiteDomain: true },
    });
    expect(partners.length).toBeGreaterThanOrEqual(25);
    expect(partners.length).toBeLessThanOrEqual(40);
    expect(new Set(partners.map((p) => p.region))).toEqual(new Set(["AMER", "EMEA", "APAC", "PUBLIC_SECTOR"]));
    expect(new Set(partners.map((p) => p.tier))).toEqual(new Set(["OPEN", "SELECT"]));
    expect(partners.some((p) => p.status === "SUBMITTED")).toBe(true);
    for (const p of partners) expect(p.websiteDomain).toBe(new URL(p.website).host.toLowerCase());
  });

  it("writes NFR license notes in the program's format, and lets the database number the licenses", async () => {
    const licenses = await prisma.nfrLicense.findMany({
      include: { partner: { select: { legalName: true } } },
      orderBy: { referenceNumber: "asc" },
    });
    expect(licenses.length).toBeGreaterThan(0);
    for (const license of licenses) {
      expect(license.notes).toBe(nfrLicenseNotes(license.usersCount, license.plan, license.partner.legalName));
      expect(license.licenseKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    }
    // Numbered in the order they were issued, and the next license the portal issues takes the next number.
    expect(licenses.map((license) => license.referenceNumber)).toEqual(licenses.map((_, index) => `NFR-${String(index + 1).padStart(7, "0")}`));
    const issued = [...licenses].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(issued.map((license) => license.id)).toEqual(licenses.map((license) => license.id));
    const { partnerId, name, companyName, email, usersCount, plan, startsOn, expiresOn, notes } = licenses[0]!;
    const next = await prisma.nfrLicense.create({
      data: { partnerId, name, companyName, email, usersCount, plan, startsOn, expiresOn, notes, licenseKey: "NEXT-LICENSE-OF-THE-PORTAL" },
      select: { id: true, referenceNumber: true },
    });
    expect(next.referenceNumber).toBe(`NFR-${String(licenses.length + 1).padStart(7, "0")}`);
    await prisma.nfrLicense.delete({ where: { id: next.id } });
  });

  it("waits in each PHD desk's queue: a partner at its cap, one without a certified employee, one waiting for information", async () => {
    const now = new Date();
    const today = calendarToday(now);
    const open = await prisma.nfrRequest.findMany({
      where: { status: { in: ["SUBMITTED", "INFO_REQUESTED"] } },
      select: { id: true, status: true, infoRequest: true, usersCount: true, renewsLicenseId: true, partner: { select: { id: true, phdRegion: true } } },
    });
    for (const region of ["AMER", "EMEA", "APAC"] satisfies Region[]) {
      const stories = await Promise.all(
        open
          .filter((request) => request.partner.phdRegion === region)
          .map(async (request) => {
            // In a transaction, as the approval reads it.
            const partner = await prisma.$transaction((tx) => loadNfrEvidence(tx, request.partner.id, now, today));
            const eligibility = nfrEligibility({
              partnerStatus: partner.status,
              tier: partner.tier,
              capMode: "LICENSES",
              held: partner.nfrLicenses,
              certifiedEmployees: partner._count.earnedCertifications,
              request,
            });
            return { request, partner, eligibility, blocker: approvalBlocker(eligibility, partner.tier) };
          }),
      );
      const atCap = stories.find((story) => story.partner.nfrLicenses.length === NFR_CAPS[story.partner.tier]);
      expect(atCap?.blocker, region).toMatch(/past the (Select|Open) cap/);
      const uncertified = stories.find((story) => !story.eligibility.certified && story.eligibility.authorized);
      expect(uncertified?.blocker, region).toBeNull();
      const waiting = stories.find((story) => story.request.status === "INFO_REQUESTED");
      expect(waiting?.request.infoRequest, region).toBeTruthy();
    }
  });

  it("gives Northwind an active, an expiring, a revoked and a renewed license, and a request in flight", async () => {
    const { partnerId } = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { partnerId: true } });
    const licenses = await prisma.nfrLicense.findMany({
      where: { partnerId: partnerId! },
      select: {
        id: true,
        status: true,
        expiresOn: true,
        expiryNotifiedAt: true,
        revocationReason: true,
        revokedById: true,
        renewals: { select: { license: true } },
      },
    });
    const today = calendarToday(new Date());
    const soon = new Date(today.getTime() + NFR_EXPIRY_NOTICE_DAYS * 86_400_000);
    const active = licenses.filter((license) => license.status === "ACTIVE");
    expect(active.some((license) => license.expiresOn > soon)).toBe(true);
    const expiring = active.find((license) => license.expiresOn >= today && license.expiresOn <= soon);
    expect(expiring?.expiryNotifiedAt).not.toBeNull();
    expect(licenses.find((license) => license.status === "REVOKED")).toMatchObject({ revocationReason: expect.any(String), revokedById: expect.any(String) });
    const renewed = licenses.find((license) => license.status === "RENEWED");
    expect(renewed?.renewals[0]?.license?.status).toBe("ACTIVE");
    expect(await prisma.nfrRequest.count({ where: { partnerId: partnerId!, status: "SUBMITTED", requestedBy: { email: "partner.user@demo.test" } } })).toBe(1);
  });

  it("records each NFR request's history where its page shows it, and each revocation on its license", async () => {
    const requests = await prisma.nfrRequest.findMany({
      select: { id: true, status: true, infoRequest: true, license: { select: { id: true, status: true } } },
    });
    const events = await prisma.auditEvent.findMany({ where: { action: { startsWith: "nfr." } }, select: { action: true, entityType: true, entityId: true } });
    const actionsOn = (entityType: string, id: string) =>
      events.filter((event) => event.entityType === entityType && event.entityId === id).map((event) => event.action);
    expect(new Set(requests.map((request) => request.status))).toEqual(new Set(["SUBMITTED", "INFO_REQUESTED", "APPROVED", "REJECTED"]));
    for (const request of requests) {
      const actions = actionsOn("NfrRequest", request.id);
      expect(actions).toContain("nfr.request_filed");
      if (request.status === "APPROVED") expect(actions).toContain("nfr.approved");
      if (request.status === "REJECTED") expect(actions).toContain("nfr.rejected");
      if (request.infoRequest) expect(actions).toContain("nfr.info_requested");
      expect(request.license !== null).toBe(request.status === "APPROVED");
      if (request.license?.status === "REVOKED") expect(actionsOn("NfrLicense", request.license.id)).toEqual(["nfr.license_revoked"]);
    }
  });

  it("writes notifications only of types people can set email preferences for", async () => {
    const types = await prisma.notification.findMany({ distinct: ["type"], select: { type: true } });
    expect(types.length).toBeGreaterThan(0);
    for (const { type } of types) expect(NOTIFICATION_TYPE_VALUES).toContain(type);
  });

  it("sends each seeded notification only to a role that receives its type, so its preference can be set", async () => {
    const notifications = await prisma.notification.findMany({ select: { type: true, user: { select: { role: true } } } });
    for (const { type, user } of notifications) expect(notificationTypesFor(user.role), type).toContain(type);
  });

  it("links each seeded notification to a page of the portal, the recipient's own or a record of theirs", async () => {
    const notifications = await prisma.notification.findMany({ select: { title: true, link: true } });
    for (const { title, link } of notifications) expect(sameOriginPath(link), title).toBe(link);
    expect(notifications.every(({ link }) => link !== "/notifications")).toBe(true);
  });

  it("records only audit actions the audit trail registers, so its filter and labels cover the demo history", async () => {
    const actions = await prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true } });
    expect(actions.length).toBeGreaterThan(0);
    for (const { action } of actions) expect(AUDIT_ACTION_VALUES).toContain(action);
  });

  it("keeps the demo partner under its Select NFR cap", async () => {
    const { partnerId } = await prisma.user.findUniqueOrThrow({
      where: { email: "partner.admin@demo.test" },
      select: { partnerId: true },
    });
    const active = await prisma.nfrLicense.findMany({ where: { partnerId: partnerId!, status: "ACTIVE" } });
    expect(active.length).toBeLessThanOrEqual(25);
    expect(active.reduce((sum, l) => sum + l.usersCount, 0)).toBeLessThanOrEqual(25);
  });

  it("never authorizes more work than a SOW funds, and keeps its sums with the rows they summarise", async () => {
    const sows = await prisma.primeSow.findMany({ include: { workAuthorizations: { include: { timeEntries: true } }, invoices: true, months: true } });
    expect(sows).toHaveLength(3);
    for (const sow of sows) {
      const authorized = sow.workAuthorizations.filter((wa) => wa.status !== "CANCELLED").reduce((sum, wa) => sum + wa.amountCents, 0);
      expect(authorized).toBeLessThanOrEqual(sow.amountCents);
      expect(sow.authorizedCents, sow.number).toBe(authorized);
      const invoiced = sow.invoices
        .filter((i) => i.status === "APPROVED" || i.status === "PAID")
        .reduce((sum, i) => sum + i.timeAmountCents + i.expenseAmountCents, 0);
      expect(sow.invoicedCents, sow.number).toBe(invoiced);
      for (const wa of sow.workAuthorizations) {
        expect(wa.amountCents).toBe(wa.hoursAuthorized * wa.hourlyRateCents + wa.expenseBudgetCents);
        expect(wa.minutesLogged, wa.projectName).toBe(wa.timeEntries.reduce((sum, entry) => sum + entry.minutes, 0));
      }
      const entries = sow.workAuthorizations.flatMap((wa) => wa.timeEntries.map((entry) => ({ ...entry, rate: wa.hourlyRateCents })));
      expect(sow.months.reduce((sum, m) => sum + m.loggedMinutes, 0)).toBe(entries.reduce((sum, entry) => sum + entry.minutes, 0));
      expect(sow.months.reduce((sum, m) => sum + m.loggedValueCents, 0)).toBe(
        entries.reduce((sum, entry) => sum + timeValueCents(entry.minutes, entry.rate), 0),
      );
      expect(sow.months.reduce((sum, m) => sum + m.invoicedCents, 0)).toBe(invoiced);
      // An invoice bills the approved hours of its month.
      for (const invoice of sow.invoices) {
        const billed = entries.filter((entry) => entry.invoiceId === invoice.id);
        expect(billed.every((entry) => monthOf(entry.workedOn).getTime() === invoice.month.getTime())).toBe(true);
        expect(invoice.timeAmountCents).toBe(billed.reduce((sum, entry) => sum + timeValueCents(entry.minutes, entry.rate), 0));
      }
    }
  });

  it("shows the PS coordinator Northwind's SOW a little above the $60,000 line, a waiting invoice that crosses it, and one project at risk", async () => {
    const ps = toSessionUser(await prisma.user.findUniqueOrThrow({ where: { email: "ps@demo.test" }, select: SESSION_USER_SELECT }));
    const { partnerId } = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { partnerId: true } });
    const sow = await prisma.primeSow.findFirstOrThrow({
      where: { partnerId: partnerId!, status: "ACTIVE" },
      include: { invoices: true, workAuthorizations: true },
    });
    const waiting = sow.invoices.filter((invoice) => invoice.status === "SUBMITTED");
    expect(waiting).toHaveLength(1);
    const remaining = sow.amountCents - sow.invoicedCents;
    expect(remaining).toBeGreaterThan(REPLENISHMENT_LINE_CENTS);
    expect(remaining - waiting[0]!.timeAmountCents - waiting[0]!.expenseAmountCents).toBeLessThanOrEqual(REPLENISHMENT_LINE_CENTS);
    expect(sow.workAuthorizations.filter((wa) => wa.status === "ACTIVE")).toHaveLength(2);

    const burn = await loadListPage(sowBurnList, ps, {});
    expect(burn.rows[0]).toMatchObject({ id: sow.id, remainingCents: remaining, alert: "" });
    expect(await listReplenishmentAlerts(ps)).toEqual([]);
    const risks = await listChangeOrderRisks(ps);
    expect(risks.map((risk) => risk.sowId)).toEqual([sow.id]);
    expect(risks[0]!.overrunMinutes).toBeGreaterThan(0);
    const months = await getPortfolioBurn(ps);
    expect(months.filter((month) => month.loggedMinutes > 0).length).toBeGreaterThanOrEqual(7);
    expect(months.filter((month) => month.invoicedCents > 0).length).toBeGreaterThanOrEqual(6);

    const consultants = await prisma.consultant.findMany({ where: { partnerId: partnerId! }, select: { stage: true, user: { select: { email: true } } } });
    expect(consultants.filter((c) => c.stage === "ACTIVE")).toHaveLength(2);
    expect(consultants.find((c) => c.stage === "CANDIDATE")?.user?.email).toBe("partner.user@demo.test");
    const held = await prisma.earnedCertification.findMany({
      where: { user: { email: "partner.user@demo.test" }, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      select: { certification: { select: { code: true } } },
    });
    expect(held.map((earned) => earned.certification.code)).toEqual(expect.arrayContaining([...REQUIRED_CONSULTANT_CERTIFICATION_CODES]));
  });

  it("leaves another subcontractor blocked on its DPA with a draft SOW, and Northwind's MSA and DPA executed", async () => {
    const signed = await prisma.agreementAcceptance.findMany({
      where: { method: "SIGNED_DOCUMENT" },
      select: { partnerId: true, version: { select: { template: { select: { kind: true } } } } },
    });
    const kindsOf = (partnerId: string) =>
      signed
        .filter((row) => row.partnerId === partnerId)
        .map((row) => row.version.template.kind)
        .sort();
    const { partnerId } = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { partnerId: true } });
    expect(kindsOf(partnerId!)).toEqual(["DPA", "MSA"]);
    const draft = await prisma.primeSow.findFirstOrThrow({
      where: { status: "DRAFT" },
      select: { partnerId: true, transitions: { select: { toStatus: true } } },
    });
    expect(kindsOf(draft.partnerId)).toEqual(["MSA"]);
    expect(draft.transitions).toEqual([{ toStatus: "DRAFT" }]);
    expect(sowTransitionBlocker("DRAFT", "SENT_TO_PARTNER", { msaExecuted: true, dpaExecuted: false, poNumber: null })).toMatch(/DPA/);
  });

  it("leaves Northwind one certified PSE short of PSP, with partner.user's PSE exam the one missing", async () => {
    const { partnerId } = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { partnerId: true } });
    const now = new Date();
    const pses = await prisma.earnedCertification.findMany({
      where: { partnerId: partnerId!, certification: { countsTowardPsp: true }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      distinct: ["userId"],
      select: { userId: true },
    });
    expect(pses).toHaveLength(2);
    const candidate = await prisma.user.findUniqueOrThrow({
      where: { email: "partner.user@demo.test" },
      select: {
        earnedCertifications: { select: { id: true }, where: { certification: { code: "PSE" } } },
        certificationSteps: { where: { certification: { code: "PSE" } }, select: { step: true } },
      },
    });
    expect(candidate.earnedCertifications).toEqual([]);
    expect(candidate.certificationSteps.map((row) => row.step).sort()).toEqual(["LAB", "TRAINING"]);
    const expiringSoon = await prisma.earnedCertification.count({
      where: { partnerId: partnerId!, expiresAt: { gt: now, lte: new Date(now.getTime() + 60 * 86_400_000) } },
    });
    expect(expiringSoon).toBeGreaterThan(0);
  });

  it("backs every earned certification with its three steps and a badge, and has an exam pass and an import to show", async () => {
    const earned = await prisma.earnedCertification.findMany({ select: { userId: true, certificationId: true, badgeToken: true } });
    expect(earned.every((row) => row.badgeToken !== null)).toBe(true);
    const steps = await prisma.certificationStep.groupBy({ by: ["userId", "certificationId"], _count: { _all: true } });
    const stepCount = new Map(steps.map((row) => [`${row.userId}|${row.certificationId}`, row._count._all]));
    for (const row of earned) expect(stepCount.get(`${row.userId}|${row.certificationId}`)).toBe(3);
    expect(
      await prisma.certificationStep.count({ where: { step: "EXAM", source: "SELF_RECORDED", verifiedAt: null, certificateFileId: { not: null } } }),
    ).toBeGreaterThan(0);
    const imports = await prisma.certificationImport.findMany({ where: { status: "COMPLETED" }, select: { rejectedRows: true } });
    expect(imports.some((row) => Array.isArray(row.rejectedRows) && row.rejectedRows.length > 0)).toBe(true);
  });

  it("adds nothing when run a second time", async () => {
    const counts = () => Promise.all([prisma.partner.count(), prisma.user.count(), prisma.nfrLicense.count()]);
    const before = await counts();
    await expect(seedDemoData(prisma, { password: PASSWORD })).resolves.toEqual({ created: false });
    expect(await counts()).toEqual(before);
  });
});
