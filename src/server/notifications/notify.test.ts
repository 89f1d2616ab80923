import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { collectDailyDigest, notify, type NotifyInput } from "./notify";
import { UNREAD_NOTIFICATION_WHERE } from "@/server/auth/unread-notifications";

const countUnreadNotifications = (userId: string) => prisma.notification.count({ where: { userId, ...UNREAD_NOTIFICATION_WHERE } });
import { markNotificationsRead } from "./mark-notifications-read";
import { updateNotificationPreferences } from "./update-notification-preferences";
import { getNotificationPreferences } from "./get-notification-preferences";
import { notificationTypesFor, NOTIFICATION_TYPE_VALUES, type NotificationType } from "./types";
import { makeUser } from "../../../tests/factories";

const context = { ip: "10.9.0.2" };

let user: SessionUser;
let other: SessionUser;

beforeEach(async () => {
  user = await makeUser("PHD", { region: "AMER" });
  other = await makeUser("CAM");
});

function nfrSubmitted(userId: string, title = "New NFR request from Northwind"): NotifyInput {
  return { userId, type: "nfr.request_submitted", title, body: "5 ULTIMATE licenses requested.", link: "/phd/nfr/abc" };
}

const send = (input: NotifyInput) => prisma.$transaction((tx) => notify(tx, input));
const outboxTo = (email: string) => prisma.outboxEmail.findMany({ where: { to: email } });
const prefer = (userId: string, type: string, channel: NotificationChannel) => prisma.notificationPreference.create({ data: { userId, type, channel } });

describe("notify", () => {
  it("writes the notification and, without a saved preference, queues exactly one email to the user", async () => {
    const notification = await send(nfrSubmitted(user.id));
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({
      userId: user.id,
      type: "nfr.request_submitted",
      title: "New NFR request from Northwind",
      link: "/phd/nfr/abc",
      readAt: null,
    });
    const emails = await outboxTo(user.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ template: "notification", subject: "New NFR request from Northwind", status: "PENDING" });
    expect(emails[0].text).toContain("5 ULTIMATE licenses requested.");
    expect(emails[0].text).toMatch(/\/phd\/nfr\/abc/);
  });

  it("leaves neither the notification nor the email when the caller's transaction fails", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, nfrSubmitted(user.id));
        throw new Error("the workflow failed after notifying");
      }),
    ).rejects.toThrow("the workflow failed after notifying");
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await outboxTo(user.email)).toHaveLength(0);
  });

  it("queues no email for a daily-digest type, and the digest collects it", async () => {
    await prefer(user.id, "nfr.request_submitted", "DAILY_DIGEST");
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const notification = await send(nfrSubmitted(user.id));
    expect(await outboxTo(user.email)).toHaveLength(0);
    const digest = await prisma.$transaction((tx) => collectDailyDigest(tx, user.id, since));
    expect(digest.map((row) => row.id)).toEqual([notification.id]);
  });

  it("leaves out of the digest what is read, older than `since`, of an immediate type, or someone else's", async () => {
    await prefer(user.id, "nfr.request_submitted", "DAILY_DIGEST");
    await prefer(other.id, "nfr.request_submitted", "DAILY_DIGEST");
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const wanted = await send(nfrSubmitted(user.id, "Wanted"));
    const read = await send(nfrSubmitted(user.id, "Already read"));
    await prisma.notification.update({ where: { id: read.id }, data: { readAt: new Date() } });
    const old = await send(nfrSubmitted(user.id, "Two days old"));
    await prisma.notification.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 48 * 60 * 60 * 1000) } });
    await send({ userId: user.id, type: "license.expiring", title: "Immediate type", body: "Expires in 30 days.", link: "/partner" });
    await send(nfrSubmitted(other.id, "Someone else's"));
    const digest = await prisma.$transaction((tx) => collectDailyDigest(tx, user.id, since));
    expect(digest.map((row) => row.title)).toEqual([wanted.title]);
  });

  it("queues no email when the type is off, but still shows the notification in the portal", async () => {
    await prefer(user.id, "nfr.request_submitted", "OFF");
    await send(nfrSubmitted(user.id));
    expect(await outboxTo(user.email)).toHaveLength(0);
    expect(await countUnreadNotifications(user.id)).toBe(1);
  });
});

describe("unread notifications and markNotificationsRead", () => {
  it("counts only the user's own unread notifications", async () => {
    await send(nfrSubmitted(user.id, "First"));
    await send(nfrSubmitted(user.id, "Second"));
    await send(nfrSubmitted(other.id, "Other's"));
    expect(await countUnreadNotifications(user.id)).toBe(2);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("marks one of the user's notifications read, with an audit event", async () => {
    const first = await send(nfrSubmitted(user.id, "First"));
    await send(nfrSubmitted(user.id, "Second"));
    expect(await markNotificationsRead(user, { notificationId: first.id }, context)).toBe(1);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: first.id } })).readAt).toBeInstanceOf(Date);
    expect(await countUnreadNotifications(user.id)).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "notification.read", entityId: first.id, actorId: user.id } })).toBe(1);
  });

  it("gives NOT_FOUND for another user's notification and changes nothing", async () => {
    const others = await send(nfrSubmitted(other.id));
    const attempt = markNotificationsRead(user, { notificationId: others.id }, context);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: others.id } })).readAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: others.id } })).toBe(0);
  });

  it("marks all of the user's notifications read and leaves other users' unread", async () => {
    await send(nfrSubmitted(user.id, "First"));
    await send(nfrSubmitted(user.id, "Second"));
    await send(nfrSubmitted(other.id, "Other's"));
    expect(await markNotificationsRead(user, { all: "true" }, context)).toBe(2);
    expect(await countUnreadNotifications(user.id)).toBe(0);
    expect(await countUnreadNotifications(other.id)).toBe(1);
  });

  it("records nothing when all are marked read with none unread", async () => {
    expect(await markNotificationsRead(user, { all: "true" }, context)).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "notification.all_read", actorId: user.id } })).toBe(0);
  });
});

describe("updateNotificationPreferences", () => {
  const everythingImmediate = Object.fromEntries(NOTIFICATION_TYPE_VALUES.map((type) => [type, "IMMEDIATE" as const])) as Record<
    NotificationType,
    NotificationChannel
  >;

  it("saves a channel for each type the user's role receives, overwriting what was saved, and notify follows it", async () => {
    expect((await getNotificationPreferences(user.id))["nfr.request_submitted"]).toBe("IMMEDIATE");
    await updateNotificationPreferences(user, everythingImmediate, context);
    await updateNotificationPreferences(user, { ...everythingImmediate, "nfr.request_submitted": "OFF", "account.review_due": "DAILY_DIGEST" }, context);
    const saved = await getNotificationPreferences(user.id);
    expect(saved).toMatchObject({ "nfr.request_submitted": "OFF", "account.review_due": "DAILY_DIGEST", "partner.application_submitted": "IMMEDIATE" });
    // A PHD receives no SOW or license notices, so none are saved for them.
    const savedTypes = await prisma.notificationPreference.findMany({ where: { userId: user.id }, select: { type: true } });
    expect(savedTypes.map(({ type }) => type).sort()).toEqual(notificationTypesFor("PHD").sort());
    expect(savedTypes.map(({ type }) => type)).not.toContain("sow.funds_low");
    await send(nfrSubmitted(user.id));
    expect(await outboxTo(user.email)).toHaveLength(0);
    // The first save chose what the defaults already were: nothing changed, so only the second is recorded.
    expect(await prisma.auditEvent.count({ where: { action: "notification.preferences_updated", actorId: user.id } })).toBe(1);
  });

  it("records nothing when the same choices are saved again", async () => {
    const choices = { ...everythingImmediate, "nfr.request_submitted": "OFF" as const };
    expect(await updateNotificationPreferences(user, choices, context)).toEqual({ changed: 1 });
    expect(await updateNotificationPreferences(user, choices, context)).toEqual({ changed: 0 });
    expect(await prisma.auditEvent.count({ where: { action: "notification.preferences_updated", actorId: user.id } })).toBe(1);
  });

  it("refuses a form missing one of the role's types, with the message beside it, and saves nothing", async () => {
    const withoutOne = { ...everythingImmediate, "nfr.request_submitted": "OFF" as const, "partner.applications_waiting": undefined };
    await expect(updateNotificationPreferences(user, withoutOne, context)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "partner.applications_waiting": "Choose Immediately, Daily digest or Off." },
    });
    expect(await prisma.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
  });

  it("gives every role at least one type, and each type a recipient", () => {
    for (const role of ["PARTNER_USER", "PARTNER_ADMIN", "CAM", "PHD", "PS_COORDINATOR", "ADMIN"] as const) {
      expect(notificationTypesFor(role).length, role).toBeGreaterThan(0);
    }
  });
});
