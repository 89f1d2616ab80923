import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { ROLE_LABELS } from "@/lib/roles";
import { loadListPage } from "@/server/lists/load-list-page";
import type { SearchParams } from "@/server/lists/define-list";
import { recordAuditEvent } from "./record-audit-event";
import { AUDIT_ACTION_OPTIONS, type AuditAction } from "./audit-actions";
import { auditEventList } from "./audit-event-list";
import { makePartner, makeUser } from "../../../tests/factories";

const listAuditEvents = (user: SessionUser, searchParams: SearchParams = {}) => loadListPage(auditEventList, user, searchParams);

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

describe("the audit trail list", () => {
  it("lists the newest events first, with the actor's name, email and role", async () => {
    const page = await listAuditEvents(admin);
    expect(page.total).toBe(5);
    expect(page.rows.map((row) => row.action)).toEqual(["agreement.expired", "partner.suspended", "partner.tier_changed", "user.signed_in", "user.signed_in"]);
    expect(page.rows[0]).toMatchObject({ actor: null, actorRole: null, entityType: "Agreement" });
    expect(page.rows[1]).toMatchObject({ actor: `${admin.name} (${admin.email})`, actorRole: ROLE_LABELS.ADMIN, ip: "10.9.0.1" });
  });

  it("sorts by action when asked", async () => {
    const page = await listAuditEvents(admin, { sort: "action", dir: "asc" });
    expect(page.rows.map((row) => row.action)).toEqual(["agreement.expired", "partner.suspended", "partner.tier_changed", "user.signed_in", "user.signed_in"]);
    // Equal actions keep the newest first.
    expect(page.rows[3]?.actor).toBe(`${cam.name} (${cam.email})`);
  });

  it("filters by action", async () => {
    const page = await listAuditEvents(admin, { action: "user.signed_in" });
    expect(page.total).toBe(2);
    expect(page.rows.every((row) => row.action === "user.signed_in")).toBe(true);
  });

  it("filters by record type", async () => {
    const page = await listAuditEvents(admin, { entityType: "Partner" });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.suspended", "partner.tier_changed"]);
  });

  it("filters by the actor's email, ignoring case", async () => {
    const page = await listAuditEvents(admin, { actorEmail: cam.email.toUpperCase() });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.tier_changed", "user.signed_in"]);
    expect(page.rows.every((row) => row.actor === `${cam.name} (${cam.email})`)).toBe(true);
  });

  it("filters by a range of days with both days included whole", async () => {
    const page = await listAuditEvents(admin, { from: "2025-01-15", to: "2025-02-20" });
    expect(page.rows.map((row) => row.action)).toEqual(["partner.suspended", "partner.tier_changed", "user.signed_in"]);
    expect((await listAuditEvents(admin, { from: "2025-03-05" })).total).toBe(1);
    expect((await listAuditEvents(admin, { to: "2025-01-31" })).total).toBe(2);
  });

  it("ignores a date that is not a day of the calendar", async () => {
    expect((await listAuditEvents(admin, { from: "2025-02-30" })).total).toBe(5);
    expect((await listAuditEvents(admin, { to: "yesterday" })).total).toBe(5);
  });

  it("searches summaries, ignoring case", async () => {
    const page = await listAuditEvents(admin, { q: "GOLD" });
    expect(page.rows.map((row) => row.summary)).toEqual(["Tier raised to Gold"]);
  });

  it("combines filters", async () => {
    const page = await listAuditEvents(admin, { q: "signed in", actorEmail: admin.email, entityType: "User" });
    expect(page.rows.map((row) => row.summary)).toEqual([`${admin.email} signed in`]);
  });

  it("returns at most a page of rows with the total of all matches", async () => {
    const first = await listAuditEvents(admin, { pageSize: "2" });
    const last = await listAuditEvents(admin, { pageSize: "2", page: "3" });
    expect(first.rows).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(last.rows).toHaveLength(1);
    expect(last.rows[0]?.action).toBe("user.signed_in");
    expect(last.total).toBe(5);
  });

  it("refuses anyone but an admin", async () => {
    await expect(listAuditEvents(cam)).rejects.toThrow(AppError);
    await expect(listAuditEvents(cam)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the audit trail's filters", () => {
  it("offer every registered action by its label, and each record type that occurs once, in order", async () => {
    const { filters } = await listAuditEvents(admin);
    const [action, entityType] = filters;
    expect(action?.options).toEqual(AUDIT_ACTION_OPTIONS);
    expect(action?.options).toContainEqual({ value: "user.signed_in", label: "User signed in" });
    // An action no domain registers any more is not offered, though its old rows are still listed.
    expect(action?.options.map((option) => option.value)).not.toContain("partner.suspended");
    expect(entityType?.options.map((option) => option.value)).toEqual(["Agreement", "Partner", "User"]);
  });

  it("ignore an action that does not occur rather than match nothing", async () => {
    expect((await listAuditEvents(admin, { action: "partner.deleted" })).total).toBe(5);
  });
});
