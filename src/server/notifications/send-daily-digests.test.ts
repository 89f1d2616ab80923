import { describe, expect, it } from "vitest";
import { subHours } from "date-fns";
import { prisma } from "@/server/db";
import { sendDailyDigests } from "./send-daily-digests";
import { makeUser } from "../../../tests/factories";

const now = new Date("2026-11-23T07:00:00Z");

async function notice(userId: string, type: string, hoursAgo: number, read = false) {
  await prisma.notification.create({
    data: { userId, type, title: `${type} ${hoursAgo}h`, body: "body", link: "/notifications", createdAt: subHours(now, hoursAgo), readAt: read ? now : null },
  });
}

describe("sendDailyDigests", () => {
  it("mails each digest subscriber one message with the past day's unread notices of their digest types", async () => {
    const digestReader = await makeUser("PHD", { region: "AMER" });
    const immediateReader = await makeUser("CAM", { region: "AMER" });
    const quietDigestReader = await makeUser("PS_COORDINATOR");
    await prisma.notificationPreference.createMany({
      data: [
        { userId: digestReader.id, type: "nfr.request_submitted", channel: "DAILY_DIGEST" },
        { userId: quietDigestReader.id, type: "sow.funds_low", channel: "DAILY_DIGEST" },
      ],
    });
    await notice(digestReader.id, "nfr.request_submitted", 2);
    await notice(digestReader.id, "nfr.request_submitted", 20);
    await notice(digestReader.id, "nfr.request_submitted", 30); // older than a day
    await notice(digestReader.id, "nfr.request_submitted", 3, true); // already read
    await notice(digestReader.id, "license.expiring", 1); // not a digest type for this user
    await notice(immediateReader.id, "nfr.request_submitted", 1);

    expect(await sendDailyDigests(now)).toBe(1);

    const digests = await prisma.outboxEmail.findMany({ where: { template: "notificationDigest" } });
    expect(digests.map((email) => email.to)).toEqual([digestReader.email]);
    expect(digests[0].text).toContain("nfr.request_submitted 20h");
    expect(digests[0].text).toContain("nfr.request_submitted 2h");
    expect(digests[0].text).not.toContain("30h");
    expect(digests[0].text).not.toContain("3h");
    expect(digests[0].text).not.toContain("license.expiring");
  });
});
