import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { enqueueEmail } from "./enqueue-email";
import { resendOutboxEmail } from "./resend-outbox-email";
import { QUEUES } from "@/server/jobs/queues";
import { makeUser } from "../../../tests/factories";

const context = { ip: "10.7.0.1" };
const jobsFor = async (emailId: string) =>
  Number(
    (await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${QUEUES.deliverEmail.name} AND data->>'emailId' = ${emailId}`)[0]
      .count,
  );

async function failedEmail() {
  const id = await prisma.$transaction((tx) =>
    enqueueEmail(tx, { to: "dana@partner.example", template: "passwordReset", data: { name: "Dana", resetUrl: "http://x/reset", expiresInMinutes: 60 } }),
  );
  await prisma.outboxEmail.update({ where: { id }, data: { status: "FAILED", attempts: 8, lastError: "connect ECONNREFUSED" } });
  return id;
}

describe("resendOutboxEmail", () => {
  it("puts a failed message back in the queue with fresh attempts, and audits it", async () => {
    const admin = await makeUser("ADMIN");
    const id = await failedEmail();
    expect(await jobsFor(id)).toBe(1);

    await resendOutboxEmail(admin, { emailId: id }, context);

    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    expect(await jobsFor(id)).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "email.resent", entityId: id, actorId: admin.id } })).toBe(1);
  });

  it("refuses a message that is already waiting, and changes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const id = await failedEmail();
    await resendOutboxEmail(admin, { emailId: id }, context);
    await expect(resendOutboxEmail(admin, { emailId: id }, context)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await jobsFor(id)).toBe(2);
  });
});
