import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { invitePartnerUser } from "./invite-partner-user";
import { acceptInvitation } from "./accept-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { getInvitation } from "./get-invitation";
import { listPartnerInvitations } from "./list-partner-invitations";
import { signInWithPassword } from "@/server/account/sign-in-with-password";
import { ZInvitePartnerUserSchema } from "./schemas";
import { deactivatePartnerUser } from "./deactivate-partner-user";
import { changePartnerUserRole } from "./change-partner-user-role";
import { makePartner, makeUser } from "../../../tests/factories";

const context = { ip: "10.7.1.1" };
const password = "invited-password-1";

async function companyAdmin() {
  const partner = await makePartner({ legalName: `Invited Co ${Math.random().toString(36).slice(2, 8)}` });
  const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
  return { partner, admin };
}

async function invitationLinkFor(to: string): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to, template: "partnerInvitation" }, orderBy: { createdAt: "desc" } });
  const match = email.text.match(/\/invitations\/([\w-]+)/);
  if (!match) throw new Error(`no invitation link in: ${email.text}`);
  return match[1];
}

const newAddress = () => `invitee-${Math.random().toString(36).slice(2, 10)}@test.example`;

describe("invitations", () => {
  it("emails a 7-day one-time link, and accepting it creates a verified, active account with the invited role", async () => {
    const { partner, admin } = await companyAdmin();
    const email = newAddress();
    const before = Date.now();
    await invitePartnerUser(admin, ZInvitePartnerUserSchema.parse({ email: `  ${email.toUpperCase()} `, role: "PARTNER_ADMIN" }), context);

    const stored = await prisma.oneTimeToken.findFirstOrThrow({ where: { purpose: "INVITATION", email } });
    expect(stored).toMatchObject({ partnerId: partner.id, role: "PARTNER_ADMIN", usedAt: null });
    const ttlDays = (stored.expiresAt.getTime() - before) / 86_400_000;
    expect(ttlDays).toBeGreaterThan(6.99);
    expect(ttlDays).toBeLessThan(7.01);
    const outbox = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(outbox.subject).toContain(partner.legalName);
    expect(await listPartnerInvitations(admin)).toEqual([expect.objectContaining({ id: stored.id, email, role: "PARTNER_ADMIN" })]);

    const token = await invitationLinkFor(email);
    expect(await getInvitation(token)).toEqual({ status: "valid", email, companyName: partner.legalName, role: "PARTNER_ADMIN" });
    await acceptInvitation({ token, name: "Ivy Invitee", password, confirmPassword: password }, context);

    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Ivy Invitee", role: "PARTNER_ADMIN", partnerId: partner.id, active: true });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await signInWithPassword({ email, password, ip: "10.7.1.2" })).toMatchObject({ ok: true });
    expect(await listPartnerInvitations(admin)).toEqual([]);
    expect(await getInvitation(token)).toEqual({ status: "invalid" });
    expect(
      await prisma.auditEvent.count({
        where: { action: { in: ["partner.user_invited", "partner.invitation_accepted"] }, OR: [{ entityId: partner.id }, { entityId: user.id }] },
      }),
    ).toBe(2);
  });

  it("stops working when the admin who sent it is deactivated or demoted; others' invitations stay valid", async () => {
    const { partner, admin } = await companyAdmin();
    const leaving = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    const demoted = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    const [fromLeaving, fromDemoted, fromAdmin] = [newAddress(), newAddress(), newAddress()];
    await invitePartnerUser(leaving, ZInvitePartnerUserSchema.parse({ email: fromLeaving, role: "PARTNER_ADMIN" }), context);
    await invitePartnerUser(demoted, ZInvitePartnerUserSchema.parse({ email: fromDemoted, role: "PARTNER_USER" }), context);
    await invitePartnerUser(admin, ZInvitePartnerUserSchema.parse({ email: fromAdmin, role: "PARTNER_USER" }), context);
    const tokens = { leaving: await invitationLinkFor(fromLeaving), demoted: await invitationLinkFor(fromDemoted), admin: await invitationLinkFor(fromAdmin) };

    await deactivatePartnerUser(admin, { userId: leaving.id }, context);
    await changePartnerUserRole(admin, { userId: demoted.id, role: "PARTNER_USER" }, context);

    expect(await getInvitation(tokens.leaving)).toEqual({ status: "invalid" });
    expect(await getInvitation(tokens.demoted)).toEqual({ status: "invalid" });
    expect(await getInvitation(tokens.admin)).toMatchObject({ status: "valid" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "partner.user_deactivated", entityId: leaving.id } });
    expect(event.summary).toContain("1 open invitation(s) they sent no longer work");
  });

  it("works only once", async () => {
    const { admin } = await companyAdmin();
    const email = newAddress();
    await invitePartnerUser(admin, { email, role: "PARTNER_USER" }, context);
    const token = await invitationLinkFor(email);
    await acceptInvitation({ token, name: "First", password, confirmPassword: password }, context);
    await expect(acceptInvitation({ token, name: "Second", password, confirmPassword: password }, context)).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an expired link and creates nothing", async () => {
    const { admin } = await companyAdmin();
    const email = newAddress();
    await invitePartnerUser(admin, { email, role: "PARTNER_USER" }, context);
    const token = await invitationLinkFor(email);
    await prisma.oneTimeToken.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitation(token)).toEqual({ status: "expired" });
    await expect(acceptInvitation({ token, name: "Late", password, confirmPassword: password }, context)).rejects.toMatchObject({ code: "TOKEN_EXPIRED" });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
    expect(await listPartnerInvitations(admin)).toEqual([]);
  });

  it("refuses an unknown link", async () => {
    expect(await getInvitation("made-up")).toEqual({ status: "invalid" });
    await expect(acceptInvitation({ token: "made-up", name: "Nobody", password, confirmPassword: password }, context)).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("tells the admin when the address already has an account, and sends nothing", async () => {
    const { admin } = await companyAdmin();
    const existing = await makeUser("CAM");
    await expect(invitePartnerUser(admin, { email: existing.email, role: "PARTNER_USER" }, context)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
      message: "This address already has a Partner Portal account.",
    });
    expect(await prisma.outboxEmail.count({ where: { to: existing.email } })).toBe(0);
  });

  it("replaces an earlier invitation for the same address, and a revoked link stops working", async () => {
    const { admin } = await companyAdmin();
    const email = newAddress();
    await invitePartnerUser(admin, { email, role: "PARTNER_USER" }, context);
    const first = await invitationLinkFor(email);
    const { invitationId } = await invitePartnerUser(admin, { email, role: "PARTNER_ADMIN" }, context);
    const second = await invitationLinkFor(email);
    expect(second).not.toBe(first);
    expect(await getInvitation(first)).toEqual({ status: "invalid" });
    expect(await listPartnerInvitations(admin)).toEqual([expect.objectContaining({ id: invitationId, role: "PARTNER_ADMIN" })]);

    await revokeInvitation(admin, { invitationId }, context);
    expect(await getInvitation(second)).toEqual({ status: "invalid" });
    await expect(acceptInvitation({ token: second, name: "Too late", password, confirmPassword: password }, context)).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
    await expect(revokeInvitation(admin, { invitationId }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for the admins of an authorized company only", async () => {
    const { admin } = await companyAdmin();
    const applicantAdmin = await makeUser("PARTNER_ADMIN", { partnerId: (await makePartner({ status: "IN_REVIEW" })).id });
    await expect(invitePartnerUser(applicantAdmin, { email: newAddress(), role: "PARTNER_USER" }, context)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { invitationId } = await invitePartnerUser(admin, { email: newAddress(), role: "PARTNER_USER" }, context);
    const other = await companyAdmin();
    await expect(revokeInvitation(other.admin, { invitationId }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listPartnerInvitations(other.admin)).toEqual([]);
    expect(await listPartnerInvitations(admin)).toHaveLength(1);
  });
});
