import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { PgBoss } from "pg-boss";
import { prisma } from "@/server/db";
import { notifyExpiringNfrLicenses } from "./notify-expiring-nfr-licenses";
import { calendarToday } from "./rules";
import { QUEUES } from "@/server/jobs/queues";
import { startWorker, type Worker } from "@/server/worker/start-worker";
import { makePartner, makeUser } from "../../../tests/factories";
import { eventually } from "../../../tests/support/smtp";
import type { NfrLicenseStatus } from "@/generated/prisma/enums";

const now = new Date("2026-12-03T09:30:00Z");
const today = calendarToday(now);
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

/** A partner with its CAM, two active admins, an inactive admin and a plain user: only the first three are told. */
async function makePartnerWithPeople() {
  const cam = await makeUser("CAM", { region: "AMER" });
  const partner = await makePartner({ camOwnerId: cam.id });
  const admins = [await makeUser("PARTNER_ADMIN", { partnerId: partner.id }), await makeUser("PARTNER_ADMIN", { partnerId: partner.id })];
  await makeUser("PARTNER_ADMIN", { partnerId: partner.id, active: false });
  await makeUser("PARTNER_USER", { partnerId: partner.id });
  return { partner, cam, admins };
}

async function makeLicense(partnerId: string, status: NfrLicenseStatus, expiresOn: Date) {
  return prisma.nfrLicense.create({
    data: {
      partnerId,
      name: "Dana Contact",
      companyName: "Test partner",
      email: "dana@partner.example",
      usersCount: 5,
      plan: "ULTIMATE",
      startsOn: addDays(expiresOn, -365),
      expiresOn,
      notes: "5 Ultimate NFR Licenses for Partner: Test partner",
      licenseKey: randomBytes(12).toString("hex"),
      status,
    },
    select: { id: true, referenceNumber: true },
  });
}

const statusOf = async (id: string) => (await prisma.nfrLicense.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("notifyExpiringNfrLicenses", () => {
  it("tells the partner's admins and CAM once about a license expiring within 30 days, and marks past ones expired", async () => {
    const { partner, cam, admins } = await makePartnerWithPeople();
    const expiring = await makeLicense(partner.id, "ACTIVE", addDays(today, 30));
    const notYet = await makeLicense(partner.id, "ACTIVE", addDays(today, 31));
    const lapsed = await makeLicense(partner.id, "ACTIVE", addDays(today, -1));
    const ended = await Promise.all(
      (["REVOKED", "RENEWED"] as const).flatMap((status) => [
        makeLicense(partner.id, status, addDays(today, -3)).then((license) => ({ ...license, status })),
        makeLicense(partner.id, status, addDays(today, 10)).then((license) => ({ ...license, status })),
      ]),
    );

    expect(await notifyExpiringNfrLicenses(now)).toEqual({ expired: 1, notified: 1 });

    const notices = await prisma.notification.findMany({ where: { type: "license.expiring" }, select: { userId: true, title: true, link: true } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([cam.id, ...admins.map((admin) => admin.id)].sort());
    for (const notice of notices) {
      expect(notice.link).toBe(`/nfr/licenses/${expiring.id}`);
      expect(notice.title).toContain(expiring.referenceNumber);
    }
    expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: expiring.id } })).toMatchObject({ status: "ACTIVE", expiryNotifiedAt: now });
    expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: notYet.id } })).toMatchObject({ status: "ACTIVE", expiryNotifiedAt: null });
    expect(await statusOf(lapsed.id)).toBe("EXPIRED");
    for (const license of ended) {
      expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: license.id } }), license.status).toMatchObject({
        status: license.status,
        expiryNotifiedAt: null,
      });
    }

    expect(await notifyExpiringNfrLicenses(now)).toEqual({ expired: 0, notified: 0 });
    expect(await prisma.notification.count({ where: { type: "license.expiring" } })).toBe(3);
  });

  it("announces a license on its last day and not one that ran out yesterday, whatever the hour", async () => {
    const { partner } = await makePartnerWithPeople();
    const lastDay = await makeLicense(partner.id, "ACTIVE", today);
    const late = new Date("2026-12-03T23:59:00Z");

    expect(await notifyExpiringNfrLicenses(late)).toEqual({ expired: 0, notified: 1 });
    expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: lastDay.id } })).toMatchObject({ status: "ACTIVE", expiryNotifiedAt: late });

    // The next morning it has run out: marked expired, and not announced again.
    await notifyExpiringNfrLicenses(addDays(now, 1));
    expect(await prisma.nfrLicense.findUniqueOrThrow({ where: { id: lastDay.id } })).toMatchObject({ status: "EXPIRED", expiryNotifiedAt: late });
    expect(await prisma.notification.count({ where: { type: "license.expiring", link: `/nfr/licenses/${lastDay.id}` } })).toBe(3);
  });
});

describe("the scheduled job", () => {
  it("is registered daily by the worker, and a tick marks a lapsed license expired", async () => {
    const { partner } = await makePartnerWithPeople();
    const lapsed = await makeLicense(partner.id, "ACTIVE", addDays(calendarToday(new Date()), -2));
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: null, pollingIntervalSeconds: 0.5 });

    const trigger = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false, migrate: false });
    await trigger.start();
    try {
      const schedules = await trigger.getSchedules(QUEUES.notifyExpiringNfrLicenses.name);
      expect(schedules.map((schedule) => schedule.cron)).toEqual(["15 6 * * *"]);
      // The same job pg-boss's clock would queue at 06:15.
      await trigger.send(QUEUES.notifyExpiringNfrLicenses.name, {});
    } finally {
      await trigger.stop({ graceful: false, close: true });
    }
    await eventually(async () => (await statusOf(lapsed.id)) === "EXPIRED");
  });
});
