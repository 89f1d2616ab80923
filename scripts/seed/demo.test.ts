import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { createPrismaClient } from "@/server/create-prisma-client";
import { seedDemoData } from "./demo";
import { notificationTypesFor, NOTIFICATION_TYPE_VALUES } from "@/server/notifications/types";
import { sameOriginPath } from "@/lib/same-origin-path";
import { AUDIT_ACTION_VALUES } from "@/server/audit/audit-actions";

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

  it("writes NFR license notes in the program's format", async () => {
    const licenses = await prisma.nfrLicense.findMany({ include: { partner: { select: { legalName: true } } } });
    expect(licenses.length).toBeGreaterThan(0);
    for (const license of licenses) {
      expect(license.notes).toBe(`${license.usersCount} ${license.plan} NFR Licenses for Partner: ${license.partner.legalName}`);
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

  it("never authorizes more work than a SOW funds", async () => {
    const sows = await prisma.primeSow.findMany({ include: { workAuthorizations: true } });
    expect(sows).toHaveLength(3);
    for (const sow of sows) {
      const authorized = sow.workAuthorizations.reduce((sum, wa) => sum + wa.amountCents, 0);
      expect(authorized).toBeLessThanOrEqual(sow.amountCents);
      for (const wa of sow.workAuthorizations) expect(wa.amountCents).toBe(wa.hoursAuthorized * wa.hourlyRateCents);
    }
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
