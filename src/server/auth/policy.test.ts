import { describe, expect, it } from "vitest";
import {
  can,
  canOpenArea,
  CAPABILITIES,
  isApplicantUser,
  isAuthorizedPartnerUser,
  ownApplicationPartnerId,
  ownPartnerId,
  partnerScope,
  type Capability,
} from "./policy";
import { AREAS, type Area } from "./areas";
import { prisma } from "@/server/db";
import { makePartner, makeUser } from "../../../tests/factories";
import type { Role } from "@/generated/prisma/enums";

const AUTHORIZED = { partnerStatus: "AUTHORIZED" } as const;

describe("canOpenArea", () => {
  const cases: [Role, Area, boolean][] = [
    ["PARTNER_USER", "partner", true],
    ["PARTNER_ADMIN", "partner", true],
    ["PARTNER_USER", "phd", false],
    ["PARTNER_ADMIN", "admin", false],
    ["CAM", "cam", true],
    ["CAM", "phd", false],
    ["PHD", "phd", true],
    ["PHD", "partner", false],
    ["PS_COORDINATOR", "ps", true],
    ["PS_COORDINATOR", "cam", false],
    ["ADMIN", "admin", true],
    ["ADMIN", "phd", true],
    ["ADMIN", "partner", false],
    ["PARTNER_USER", "nfr", true],
    ["CAM", "nfr", true],
    ["PHD", "nfr", true],
    ["PS_COORDINATOR", "nfr", false],
    ["EDUCATION_SERVICES", "nfr", false],
  ];
  it.each(cases)("%s opening %s → %s", (role, area, allowed) => {
    expect(canOpenArea({ role, ...AUTHORIZED }, area)).toBe(allowed);
  });

  it("lets no partner role into an internal area, and no applicant into the partner area", () => {
    // The CTP trackings and NFR areas are shared: a partner reads its own company's records there, as its CAM and desk do.
    for (const area of AREAS.filter((candidate) => !["partner", "ctp", "nfr"].includes(candidate.id))) {
      for (const role of ["PARTNER_USER", "PARTNER_ADMIN"] as const) expect(canOpenArea({ role, ...AUTHORIZED }, area.id)).toBe(false);
    }
    expect(canOpenArea({ role: "PARTNER_USER", ...AUTHORIZED }, "ctp")).toBe(true);
    expect(canOpenArea({ role: "PARTNER_USER", partnerStatus: "SUBMITTED" }, "ctp")).toBe(false);
    expect(canOpenArea({ role: "PARTNER_ADMIN", partnerStatus: "SUBMITTED" }, "nfr")).toBe(false);
    expect(canOpenArea({ role: "PARTNER_ADMIN", partnerStatus: "SUBMITTED" }, "partner")).toBe(false);
  });
});

describe("the capability table", () => {
  it("grants partner roles only their own company, and no internal capability", () => {
    for (const [capability, grants] of Object.entries(CAPABILITIES) as [Capability, Partial<Record<Role, string>>][]) {
      for (const role of ["PARTNER_USER", "PARTNER_ADMIN"] as const) {
        if (grants[role]) expect(["own", "self"], capability).toContain(grants[role]);
      }
    }
    expect(can({ role: "PARTNER_ADMIN", ...AUTHORIZED }, "users.manage")).toBe(false);
    expect(can({ role: "PARTNER_USER", ...AUTHORIZED }, "company.manage")).toBe(false);
    expect(can({ role: "PARTNER_ADMIN", ...AUTHORIZED }, "company.manage")).toBe(true);
    // An applicant reads their own notifications, and nothing of the company until it is authorized.
    expect(can({ role: "PARTNER_ADMIN", partnerStatus: "SUBMITTED" }, "notifications.own")).toBe(true);
    expect(can({ role: "PARTNER_ADMIN", partnerStatus: "SUBMITTED" }, "company.read")).toBe(false);
  });
});

describe("partner scoping in queries", () => {
  it("shows each role only the partners it owns", async () => {
    const cam = await makeUser("CAM", { region: "AMER" });
    const otherCam = await makeUser("CAM", { region: "AMER" });
    const amerOwned = await makePartner({ region: "AMER", camOwnerId: cam.id });
    const amerOther = await makePartner({ region: "AMER", camOwnerId: otherCam.id });
    const publicSector = await makePartner({ region: "PUBLIC_SECTOR" });
    const emea = await makePartner({ region: "EMEA" });
    const partnerUser = await makeUser("PARTNER_USER", { partnerId: amerOwned.id });
    const phdAmer = await makeUser("PHD", { region: "AMER" });
    const phdEmea = await makeUser("PHD", { region: "EMEA" });
    const admin = await makeUser("ADMIN");

    const ids = async (user: Parameters<typeof partnerScope>[0], capability: Capability) =>
      (await prisma.partner.findMany({ where: partnerScope(user, capability), select: { id: true } })).map((row) => row.id).sort();

    expect(await ids(partnerUser, "nfr.read")).toEqual([amerOwned.id]);
    expect(await ids(cam, "accounts.read")).toEqual([amerOwned.id]);
    expect(await ids(phdAmer, "applicants.review")).toEqual([amerOwned.id, amerOther.id, publicSector.id].sort());
    expect(await ids(phdEmea, "applicants.review")).toEqual([emea.id]);
    expect(await ids(admin, "accounts.read")).toEqual([amerOwned.id, amerOther.id, publicSector.id, emea.id].sort());
    // A capability the role does not hold scopes to nothing, whatever the role sees elsewhere.
    expect(await ids(phdAmer, "accounts.read")).toEqual([amerOwned.id, amerOther.id, publicSector.id].sort());
    expect(await ids(phdAmer, "awards.sendEmail")).toEqual([]);
    expect(await ids(partnerUser, "applicants.review")).toEqual([]);
  });

  it("gives a partner user without a company nothing, and internal users no own company", async () => {
    const orphan = await makeUser("PARTNER_USER");
    await makePartner();
    expect(await prisma.partner.count({ where: partnerScope(orphan, "nfr.read") })).toBe(0);
    expect(() => ownPartnerId(orphan)).toThrow("You are not allowed to do that.");
    expect(() => ownPartnerId({ ...orphan, role: "CAM", partnerId: "x" })).toThrow();
  });

  it("lets only an authorized company's users act for it: applicants and denied companies see their application only", async () => {
    for (const status of ["SUBMITTED", "IN_REVIEW", "DENIED", "INACTIVE"] as const) {
      const partner = await makePartner({ status });
      const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
      expect(admin.partnerStatus).toBe(status);
      expect(isApplicantUser(admin)).toBe(true);
      expect(isAuthorizedPartnerUser(admin)).toBe(false);
      expect(() => ownPartnerId(admin)).toThrow("You are not allowed to do that.");
      expect(ownApplicationPartnerId(admin)).toBe(partner.id);
      expect(await prisma.partner.count({ where: partnerScope(admin, "company.read") })).toBe(0);
    }
    const authorized = await makePartner({ status: "AUTHORIZED" });
    const member = await makeUser("PARTNER_USER", { partnerId: authorized.id });
    expect(ownPartnerId(member)).toBe(authorized.id);
    expect(isApplicantUser(member)).toBe(false);
    expect(() => ownApplicationPartnerId(member)).toThrow("You are not allowed to do that.");
    expect(isApplicantUser(await makeUser("PARTNER_USER"))).toBe(false);
    expect(isApplicantUser(await makeUser("PHD", { region: "AMER" }))).toBe(false);
  });
});
