import { describe, expect, it } from "vitest";
import { AREA_ROLES, canOpenArea, isApplicantUser, isAuthorizedPartnerUser, ownApplicationPartnerId, ownPartnerId, type Area } from "./policy";
import { listPartners } from "@/server/partners/list-partners";
import { parseListParams } from "@/server/list-params";
import { makePartner, makeUser } from "../../../tests/factories";
import type { Role } from "@/generated/prisma/enums";

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
  ];
  it.each(cases)("%s opening %s → %s", (role, area, allowed) => {
    expect(canOpenArea({ role }, area)).toBe(allowed);
  });

  it("lets no partner role into an internal area", () => {
    for (const area of ["cam", "phd", "ps", "admin"] as const) {
      expect(AREA_ROLES[area]).not.toContain("PARTNER_USER");
      expect(AREA_ROLES[area]).not.toContain("PARTNER_ADMIN");
    }
  });
});

describe("partner scoping in queries", () => {
  const params = parseListParams({ pageSize: "100" }, { sortable: ["legalName"], defaultSort: "legalName" });

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

    const ids = async (user: Parameters<typeof listPartners>[0]) => (await listPartners(user, params)).rows.map((row) => row.id).sort();

    expect(await ids(partnerUser)).toEqual([amerOwned.id]);
    expect(await ids(cam)).toEqual([amerOwned.id]);
    expect(await ids(phdAmer)).toEqual([amerOwned.id, amerOther.id, publicSector.id].sort());
    expect(await ids(phdEmea)).toEqual([emea.id]);
    expect(await ids(admin)).toEqual([amerOwned.id, amerOther.id, publicSector.id, emea.id].sort());
  });

  it("gives a partner user without a company nothing, and internal users no own company", async () => {
    const orphan = await makeUser("PARTNER_USER");
    await makePartner();
    expect((await listPartners(orphan, params)).rows).toEqual([]);
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
      expect((await listPartners(admin, params)).rows).toEqual([]);
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
