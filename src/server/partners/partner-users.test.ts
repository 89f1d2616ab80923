import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { changePartnerUserRole } from "./change-partner-user-role";
import { deactivatePartnerUser } from "./deactivate-partner-user";
import { reactivatePartnerUser } from "./reactivate-partner-user";
import { loadListPage } from "@/server/lists/load-list-page";
import { partnerUserList } from "./partner-user-list";
import { getPartnerUser } from "./get-partner-user";
import { LAST_ADMIN_MESSAGE } from "./partner-admin-guard";
import { makePartner, makeUser } from "../../../tests/factories";

const context = { ip: "10.7.0.1" };

async function companyWithAdmins(count: number) {
  const partner = await makePartner();
  const admins = [];
  for (let index = 0; index < count; index++) admins.push(await makeUser("PARTNER_ADMIN", { partnerId: partner.id }));
  return { partner, admins };
}

const activeAdmins = (partnerId: string) => prisma.user.count({ where: { partnerId, role: "PARTNER_ADMIN", active: true } });

describe("partner user roles", () => {
  it("promotes and demotes colleagues, with an audit event each time", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id });
    await changePartnerUserRole(admins[0], { userId: colleague.id, role: "PARTNER_ADMIN" }, context);
    expect(await activeAdmins(partner.id)).toBe(2);
    await changePartnerUserRole(admins[0], { userId: colleague.id, role: "PARTNER_USER" }, context);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).role).toBe("PARTNER_USER");
    expect(await prisma.auditEvent.count({ where: { entityId: colleague.id, action: "partner.user_role_changed" } })).toBe(2);
    // The role it already has: nothing changes, nothing is recorded, and the answer says so.
    expect(await changePartnerUserRole(admins[0], { userId: colleague.id, role: "PARTNER_USER" }, context)).toEqual({ changed: false });
    expect(await prisma.auditEvent.count({ where: { entityId: colleague.id, action: "partner.user_role_changed" } })).toBe(2);
  });

  it("refuses to demote the only active admin, including an admin demoting themselves", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    await expect(changePartnerUserRole(admins[0], { userId: admins[0].id, role: "PARTNER_USER" }, context)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "role",
      message: LAST_ADMIN_MESSAGE,
    });
    expect(await activeAdmins(partner.id)).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: admins[0].id } })).toBe(0);
  });

  it("does not count a deactivated admin as the company's remaining admin", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    await makeUser("PARTNER_ADMIN", { partnerId: partner.id, active: false });
    await expect(changePartnerUserRole(admins[0], { userId: admins[0].id, role: "PARTNER_USER" }, context)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps one admin when two admins demote themselves at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const { partner, admins } = await companyWithAdmins(2);
      const results = await Promise.allSettled(admins.map((admin) => changePartnerUserRole(admin, { userId: admin.id, role: "PARTNER_USER" }, context)));
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await activeAdmins(partner.id)).toBe(1);
    }
  });

  it("keeps one admin when each of two admins demotes the other at the same moment", async () => {
    const { partner, admins } = await companyWithAdmins(2);
    const [first, second] = admins;
    const results = await Promise.allSettled([
      changePartnerUserRole(first, { userId: second.id, role: "PARTNER_USER" }, context),
      changePartnerUserRole(second, { userId: first.id, role: "PARTNER_USER" }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins(partner.id)).toBe(1);
  });

  it("keeps one admin when one admin is deactivated while the other is demoted", async () => {
    const { partner, admins } = await companyWithAdmins(2);
    const [first, second] = admins;
    await Promise.allSettled([
      deactivatePartnerUser(first, { userId: second.id }, context),
      changePartnerUserRole(second, { userId: first.id, role: "PARTNER_USER" }, context),
    ]);
    expect(await activeAdmins(partner.id)).toBe(1);
  });

  it("lets only partner admins change roles, and only in their own company", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id });

    const other = await companyWithAdmins(1);
    await expect(changePartnerUserRole(other.admins[0], { userId: colleague.id, role: "PARTNER_ADMIN" }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).role).toBe("PARTNER_USER");
    expect(await getPartnerUser(other.admins[0], colleague.id)).toBeNull();
    expect(await getPartnerUser(admins[0], colleague.id)).toMatchObject({ id: colleague.id });
  });

  it("refuses applicants' admins, whose company is not yet authorized", async () => {
    const applicant = await makePartner({ status: "SUBMITTED" });
    const admin = await makeUser("PARTNER_ADMIN", { partnerId: applicant.id });
    const colleague = await makeUser("PARTNER_USER", { partnerId: applicant.id });
    await expect(changePartnerUserRole(admin, { userId: colleague.id, role: "PARTNER_ADMIN" }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadListPage(partnerUserList, admin, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("deactivating and reactivating partner users", () => {
  it("deactivates and reactivates a colleague", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id });
    await deactivatePartnerUser(admins[0], { userId: colleague.id }, context);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).active).toBe(false);
    await reactivatePartnerUser(admins[0], { userId: colleague.id }, context);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: colleague.id } })).active).toBe(true);
    expect(await prisma.auditEvent.findMany({ where: { entityId: colleague.id }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { action: "partner.user_deactivated" },
      { action: "partner.user_reactivated" },
    ]);
  });

  it("refuses to deactivate the last active admin, and lets an admin leave when another remains", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    await expect(deactivatePartnerUser(admins[0], { userId: admins[0].id }, context)).rejects.toMatchObject({ code: "CONFLICT", message: LAST_ADMIN_MESSAGE });
    const second = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    await deactivatePartnerUser(admins[0], { userId: admins[0].id }, context);
    expect(await prisma.user.findMany({ where: { partnerId: partner.id, role: "PARTNER_ADMIN", active: true }, select: { id: true } })).toEqual([
      { id: second.id },
    ]);
  });

  it("keeps one admin when two admins deactivate each other at the same moment", async () => {
    const { partner, admins } = await companyWithAdmins(2);
    const [first, second] = admins;
    const results = await Promise.allSettled([
      deactivatePartnerUser(first, { userId: second.id }, context),
      deactivatePartnerUser(second, { userId: first.id }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins(partner.id)).toBe(1);
  });

  it("cannot touch another company's people", async () => {
    const { admins } = await companyWithAdmins(1);
    const other = await companyWithAdmins(1);
    const stranger = await makeUser("PARTNER_USER", { partnerId: other.partner.id });
    await expect(deactivatePartnerUser(admins[0], { userId: stranger.id }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reactivatePartnerUser(admins[0], { userId: stranger.id }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: stranger.id } })).active).toBe(true);
  });
});

describe("the company users list", () => {
  it("lists the company's people, searched by name or email, and nobody else's", async () => {
    const { partner, admins } = await companyWithAdmins(1);
    const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id, active: false, email: `findme-${partner.id}@test.example` });
    await companyWithAdmins(1);
    const all = await loadListPage(partnerUserList, admins[0], {});
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => row.id).sort()).toEqual([admins[0].id, colleague.id].sort());
    const found = await loadListPage(partnerUserList, admins[0], { q: "FINDME" });
    expect(found.rows).toEqual([expect.objectContaining({ id: colleague.id, status: "INACTIVE", role: "PARTNER_USER" })]);
    expect(found.rows[0]).not.toHaveProperty("passwordHash");
  });
});
