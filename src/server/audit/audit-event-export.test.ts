import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { listCsvRows } from "@/server/lists/export-list";
import { auditEventList } from "./audit-event-list";
import { makeUser } from "../../../tests/factories";
import { collect } from "../../../tests/support/collect";

let admin: SessionUser;
let cam: SessionUser;

const sameMoment = new Date("2025-02-01T08:30:00.000Z");

const idColumn = auditEventList.csv?.columns.findIndex((column) => column.header === "ID") ?? -1;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  cam = await makeUser("CAM");
  // Five events share one timestamp, so batches of two must break ties by id to neither repeat nor skip one.
  await prisma.auditEvent.createMany({
    data: [
      ...Array.from({ length: 5 }, (_, index) => ({
        action: "partner.profile_updated",
        entityType: "Partner",
        entityId: `p${index}`,
        summary: `Update ${index}`,
        createdAt: sameMoment,
      })),
      {
        action: "user.signed_in",
        entityType: "User",
        entityId: admin.id,
        summary: "Signed in from the calc lab",
        actorId: admin.id,
        actorRole: "ADMIN" as const,
        createdAt: new Date("2025-03-01T00:00:00Z"),
      },
      { action: "partner.profile_updated", entityType: "Partner", entityId: "old", summary: "Old update", createdAt: new Date("2025-01-01T00:00:00Z") },
    ],
  });
});

describe("the audit trail export", () => {
  it("yields every matching event once, newest first with ties by id, across batches", async () => {
    const expected = await prisma.auditEvent.findMany({
      where: { action: "partner.profile_updated" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const rows = await collect(listCsvRows(auditEventList, admin, { action: "partner.profile_updated" }, 2));
    expect(rows.map((row) => row[idColumn])).toEqual(expected.map((event) => event.id));
    expect(rows).toHaveLength(6);
  });

  it("writes the time in UTC and the actor's name, email and role", async () => {
    const [row] = await collect(listCsvRows(auditEventList, admin, { q: "calc" }));
    expect(row?.slice(0, 5)).toEqual(["2025-03-01T00:00:00.000Z", admin.name, admin.email, "ADMIN", "user.signed_in"]);
  });

  it("refuses anyone but an admin", async () => {
    await expect(collect(listCsvRows(auditEventList, cam, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
