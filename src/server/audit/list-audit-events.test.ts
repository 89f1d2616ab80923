import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import type { ListParams } from "@/server/list-params";
import { recordAuditEvent } from "./record-audit-event";
import type { AuditAction } from "./audit-actions";
import { listAuditEvents, listAuditFilterOptions, type AuditEventSort } from "./list-audit-events";
import { makePartner, makeUser } from "../../../tests/factories";

const defaultParams: ListParams<AuditEventSort> = { page: 1, pageSize: 25, sort: "createdAt", dir: "desc", q: "" };

let admin: SessionUser;
let cam: SessionUser;

/**
 * Writes one event and then backdates it, since recordAuditEvent always stamps the current time. Some actions here are
 * registered by no domain, as rows of a retired action would be: the trail lists whatever is stored.
 */
async function recordAt(createdAt: Date, actor: SessionUser | null, action: string, entityType: string, entityId: string, summary: string) {
  await prisma.$transaction((tx) => recordAuditEvent(tx, { actor, action: action as AuditAction, entityType, entityId, summary, ip: "10.9.0.1" }));
  await prisma.auditEvent.updateMany({ where: { entityId, action, summary }, data: { createdAt } });
}

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  cam = await makeUser("CAM");
  const partner = await makePartner({ camOwnerId: cam.id });
  await recordAt(new Date("2025-01-10T09:00:00Z"), admin, "user.signed_in", "User", admin.id, `${admin.email} signed in`);
  await recordAt(new Date("2025-01-15T12:00:00Z"), cam, "user.signed_in", "User", cam.id, `${cam.email} signed in`);
  await recordAt(new Date("2025-02-01T08:30:00Z"), cam, "partner.tier_changed", "Partner", partner.id, "Tier raised to Gold");
  await recordAt(new Date("2025-02-20T17:45:00Z"), admin, "partner.suspended", "Partner", partner.id, "Suspended for lapsed agreement");
  await recordAt(new Date("2025-03-05T23:59:00Z"), null, "agreement.expired", "Agreement", "agreement-1", "Reseller agreement expired");
});

describe("listAuditEvents", () => {
  it("lists the newest events first, with the actor's name, email and role", async () => {
    const page = await listAuditEvents(admin, defaultParams);
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.action)).toEqual([
      "agreement.expired",
      "partner.suspended",
      "partner.tier_changed",
      "user.signed_in",
      "user.signed_in",
    ]);
    expect(page.rows[0]).toMatchObject({ actorName: null, actorEmail: null, actorRole: null, entityType: "Agreement" });
    expect(page.rows[1]).toMatchObject({ actorName: admin.name, actorEmail: admin.email, actorRole: "ADMIN", ip: "10.9.0.1" });
  });

  it("sorts by action when asked", async () => {
    const page = await listAuditEvents(admin, { ...defaultParams, sort: "action", dir: "asc" });
    expect(page.rows.map((row) => row.action)).toEqual([
      "agreement.expired",
      "partner.suspended",
      "partner.tier_changed",
      "user.signed_in",
      "user.signed_in",
    ]);
    // Equal actions keep the newest first.
    expect(page.rows[3]?.actorEmail).toBe(cam.email);
  });

  it("filters by action", async () => {
    const page = await listAuditEvents(admin, defaultParams, { action: "user.signed_in" });
    expect(page.total).toBe(2);
    expect(page.rows.every((row) => row.action === "user.signed_in")).toBe(true);
  });

  it("filters by record type", async () => {
    const page = await listAuditEvents(admin, defaultParams, { entityType: "Partner" });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.suspended", "partner.tier_changed"]);
  });

  it("filters by the actor's email, ignoring case", async () => {
    const page = await listAuditEvents(admin, defaultParams, { actorEmail: cam.email.toUpperCase() });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.tier_changed", "user.signed_in"]);
    expect(page.rows.every((row) => row.actorEmail === cam.email)).toBe(true);
  });

  it("filters by a date range with both bounds inclusive", async () => {
    const page = await listAuditEvents(admin, defaultParams, {
      from: new Date("2025-01-15T12:00:00Z"),
      to: new Date("2025-02-20T17:45:00Z"),
    });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.suspended", "partner.tier_changed", "user.signed_in"]);
    expect((await listAuditEvents(admin, defaultParams, { from: new Date("2025-03-01T00:00:00Z") })).total).toBe(1);
    expect((await listAuditEvents(admin, defaultParams, { to: new Date("2025-01-31T23:59:59Z") })).total).toBe(2);
  });

  it("searches summaries, ignoring case", async () => {
    const page = await listAuditEvents(admin, { ...defaultParams, q: "GOLD" });
    expect(page.rows.map((row) => row.summary)).toEqual(["Tier raised to Gold"]);
  });

  it("combines filters", async () => {
    const page = await listAuditEvents(admin, { ...defaultParams, q: "signed in" }, { actorEmail: admin.email, entityType: "User" });
    expect(page.rows.map((row) => row.entityId)).toEqual([admin.id]);
  });

  it("returns at most a page of rows with the total of all matches", async () => {
    const first = await listAuditEvents(admin, { ...defaultParams, pageSize: 2 });
    const last = await listAuditEvents(admin, { ...defaultParams, pageSize: 2, page: 3 });
    expect(first.rows).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]?.action).toBe("user.signed_in");
    expect(last.total).toBe(5);
  });

  it("refuses anyone but an admin", async () => {
    await expect(listAuditEvents(cam, defaultParams)).rejects.toThrow(AppError);
    await expect(listAuditEvents(cam, defaultParams)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("listAuditFilterOptions", () => {
  it("lists each action and record type once, in order", async () => {
    expect(await listAuditFilterOptions(admin)).toEqual({
      actions: ["agreement.expired", "partner.suspended", "partner.tier_changed", "user.signed_in"],
      entityTypes: ["Agreement", "Partner", "User"],
    });
  });

  it("refuses anyone but an admin", async () => {
    await expect(listAuditFilterOptions(cam)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
