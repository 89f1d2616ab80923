// What the filing pages (/partner/nfr, /cam/nfr) read: each user sees only the partners they file for, the held
// figure counts what the cap counts, and the requests and licenses lists keep to the same partners.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, subDays } from "date-fns";
import { randomBytes } from "node:crypto";
import type { NfrLicenseStatus, NfrRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { loadListPage } from "@/server/lists/load-list-page";
import { writeProgramSetting } from "@/server/settings/program-settings";
import { calendarToday } from "@/server/nfr/rules";
import { getNfrFilingContext } from "./get-nfr-filing-context";
import { camNfrLicenseList, partnerNfrLicenseList } from "./nfr-license-list";
import { camNfrRequestList, partnerNfrRequestList } from "./nfr-request-list";
import { makePartner, makeUser } from "../../../tests/factories";

const today = calendarToday(new Date());

async function makeLicense(partnerId: string, status: NfrLicenseStatus, expiresOn: Date, usersCount = 5) {
  return prisma.nfrLicense.create({
    data: {
      partnerId,
      name: "Dana Contact",
      companyName: "Company",
      email: "dana@example.test",
      usersCount,
      plan: "ULTIMATE",
      startsOn: subDays(expiresOn, 365),
      expiresOn,
      notes: `${usersCount} Ultimate NFR Licenses for Partner: Company`,
      licenseKey: randomBytes(16).toString("hex"),
      status,
    },
    select: { id: true },
  });
}

async function makeRequest(partnerId: string, requestedById: string, status: NfrRequestStatus) {
  return prisma.nfrRequest.create({
    data: {
      partnerId,
      requestedById,
      contactName: "Dana Contact",
      contactEmail: "dana@example.test",
      usersCount: 3,
      plan: "PREMIUM",
      isRenewal: false,
      justification: "Demo lab",
      status,
      ...(status === "INFO_REQUESTED" ? { infoRequest: "Which lab?", infoRequestedAt: new Date() } : {}),
    },
    select: { id: true },
  });
}

let cam: SessionUser;
let partnerUser: SessionUser;
let otherPartnerUser: SessionUser;
const ids = {} as Record<"own" | "ownSelect" | "other" | "applicant", string> & Record<string, string>;

beforeAll(async () => {
  cam = await makeUser("CAM", { region: "AMER" });
  const otherCam = await makeUser("CAM", { region: "AMER" });
  const own = await makePartner({ camOwnerId: cam.id, tier: "OPEN", legalName: "Own Open Partner" });
  const ownSelect = await makePartner({ camOwnerId: cam.id, tier: "SELECT", legalName: "Own Select Partner" });
  const applicant = await makePartner({ camOwnerId: cam.id, status: "SUBMITTED", legalName: "Own Applicant" });
  const other = await makePartner({ camOwnerId: otherCam.id, tier: "OPEN", legalName: "Other CAM's Partner" });
  Object.assign(ids, { own: own.id, ownSelect: ownSelect.id, other: other.id, applicant: applicant.id });
  partnerUser = await makeUser("PARTNER_USER", { partnerId: own.id });
  otherPartnerUser = await makeUser("PARTNER_USER", { partnerId: other.id });

  // The own partner holds two licenses (5 and 7 users); one expired by date, one expired and one revoked hold nothing.
  ids.held = (await makeLicense(own.id, "ACTIVE", addDays(today, 100), 5)).id;
  ids.heldToo = (await makeLicense(own.id, "ACTIVE", addDays(today, 200), 7)).id;
  ids.pastDate = (await makeLicense(own.id, "ACTIVE", subDays(today, 3))).id;
  ids.expired = (await makeLicense(own.id, "EXPIRED", subDays(today, 40))).id;
  ids.revoked = (await makeLicense(own.id, "REVOKED", addDays(today, 50))).id;
  ids.otherLicense = (await makeLicense(other.id, "ACTIVE", addDays(today, 100))).id;

  ids.waiting = (await makeRequest(own.id, partnerUser.id, "INFO_REQUESTED")).id;
  ids.submitted = (await makeRequest(ownSelect.id, cam.id, "SUBMITTED")).id;
  ids.otherWaiting = (await makeRequest(other.id, otherPartnerUser.id, "INFO_REQUESTED")).id;
});

describe("the filing form's context", () => {
  it("gives a partner user their own company only, with its licenses held against the Open cap", async () => {
    const context = await getNfrFilingContext(partnerUser);
    expect(context.partners.map((partner) => partner.id)).toEqual([ids.own]);
    const [partner] = context.partners;
    expect(partner.capText).toBe("Open partner: 2 of 10 licenses held");
    expect(partner.atCap).toBe(false);
    // A renewal names an active or expired license; the revoked one and other companies' are not offered.
    expect(partner.renewable.map((license) => license.id).sort()).toEqual([ids.held, ids.heldToo, ids.pastDate, ids.expired].sort());
    expect(context.waiting.map((request) => request.id)).toEqual([ids.waiting]);
    // The partner user's license table is read here too: every license of the company, whatever its status.
    expect(context.licenses.map((license) => license.id).sort()).toEqual([ids.held, ids.heldToo, ids.pastDate, ids.expired, ids.revoked].sort());
  });

  it("gives a CAM their Authorized accounts, not another CAM's or an applicant", async () => {
    const context = await getNfrFilingContext(cam);
    expect(context.partners.map((partner) => partner.id).sort()).toEqual([ids.own, ids.ownSelect].sort());
    expect(context.partners.find((partner) => partner.id === ids.ownSelect)?.capText).toBe("Select partner: 0 of 25 licenses held");
    expect(context.waiting.map((request) => request.id)).toEqual([ids.waiting]);
  });

  it("counts users across held licenses when the program setting says so", async () => {
    await prisma.$transaction((tx) => writeProgramSetting(tx, "nfrCapMode", "USERS"));
    try {
      const [partner] = (await getNfrFilingContext(partnerUser)).partners;
      expect(partner.capText).toBe("Open partner: 12 of 10 users held");
      expect(partner.atCap).toBe(true);
    } finally {
      await prisma.$transaction((tx) => writeProgramSetting(tx, "nfrCapMode", "LICENSES"));
    }
  });
});

describe("the filing pages' lists", () => {
  it("show a partner user their company's requests and licenses only", async () => {
    const requests = await loadListPage(partnerNfrRequestList, partnerUser, {});
    expect(requests.rows.map((row) => row.id)).toEqual([ids.waiting]);
    const licenses = await loadListPage(partnerNfrLicenseList, partnerUser, {});
    expect(licenses.rows.map((row) => row.id).sort()).toEqual([ids.held, ids.heldToo, ids.pastDate, ids.expired, ids.revoked].sort());
    const byId = new Map(licenses.rows.map((row) => [row.id, row]));
    // Past its date a license marked active reads as expired, and a revoked one offers no renewal.
    expect(byId.get(ids.pastDate)?.status).toBe("EXPIRED");
    expect(byId.get(ids.revoked)?.renew).toBeNull();
    expect(byId.get(ids.held)?.renew).toMatch(/^Renew NFR-\d{7}$/);
  });

  it("show a CAM the requests and licenses of their accounts, not another CAM's", async () => {
    const requests = await loadListPage(camNfrRequestList, cam, {});
    expect(requests.rows.map((row) => row.id).sort()).toEqual([ids.waiting, ids.submitted].sort());
    const licenses = await loadListPage(camNfrLicenseList, cam, {});
    expect(licenses.rows.map((row) => row.id)).not.toContain(ids.otherLicense);
    expect(licenses.rows).toHaveLength(5);
  });

  it("show another company's user nothing of the first company's", async () => {
    const requests = await loadListPage(partnerNfrRequestList, otherPartnerUser, {});
    expect(requests.rows.map((row) => row.id)).toEqual([ids.otherWaiting]);
    const licenses = await loadListPage(partnerNfrLicenseList, otherPartnerUser, {});
    expect(licenses.rows.map((row) => row.id)).toEqual([ids.otherLicense]);
  });
});
