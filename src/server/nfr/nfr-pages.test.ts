// What the NFR record pages and the desk's CSV exports read, against the database: each in the reader's scope (a
// partner never sees another company's requests, a PHD only their region's), the review only for those who decide,
// the license key only for the partner's own users and the desk, and the exports' header row and rows.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths } from "date-fns";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { exportResponse } from "@/server/lists/export-list";
import { getNfrRequest } from "./get-nfr-request";
import { getNfrLicense } from "./get-nfr-license";
import { nfrRequestQueue } from "./nfr-queue-list";
import { regionNfrLicenseList } from "./region-nfr-license-list";
import { calendarToday } from "./rules";
import { makePartner, makeUser } from "../../../tests/factories";

const today = calendarToday(new Date());
let amerPartner: { id: string; legalName: string };
let emeaPartner: { id: string; legalName: string };
let partnerUser: SessionUser;
let otherCompanyUser: SessionUser;
let cam: SessionUser;
let otherCam: SessionUser;
let phdAmer: SessionUser;
let phdEmea: SessionUser;
let admin: SessionUser;
let requestId: string;
let emeaRequestId: string;
let heldLicense: { id: string; expiresOn: Date; licenseKey: string };
let emeaLicenseId: string;

async function fileRequest(partnerId: string, requestedById: string, overrides: { usersCount?: number; renewsLicenseId?: string } = {}) {
  return prisma.nfrRequest.create({
    data: {
      partnerId,
      requestedById,
      contactName: "Dana Contact",
      contactEmail: "dana@contact.example",
      usersCount: overrides.usersCount ?? 5,
      plan: "ULTIMATE",
      isRenewal: overrides.renewsLicenseId !== undefined,
      renewsLicenseId: overrides.renewsLicenseId,
      justification: "Demos for prospects",
    },
    select: { id: true },
  });
}

async function issueLicense(partnerId: string, expiresOn: Date, key: string) {
  return prisma.nfrLicense.create({
    data: {
      partnerId,
      name: "Dana Contact",
      companyName: "Held Co",
      email: "dana@contact.example",
      usersCount: 3,
      plan: "PREMIUM",
      startsOn: today,
      expiresOn,
      notes: "3 Premium NFR Licenses for Partner: Held Co",
      licenseKey: key,
    },
    select: { id: true, expiresOn: true, licenseKey: true },
  });
}

beforeAll(async () => {
  cam = await makeUser("CAM", { region: "AMER" });
  otherCam = await makeUser("CAM", { region: "AMER" });
  amerPartner = await makePartner({ region: "AMER", tier: "OPEN", camOwnerId: cam.id, legalName: "Amer Nfr Partner" });
  emeaPartner = await makePartner({ region: "EMEA", tier: "SELECT", legalName: "Emea Nfr Partner" });
  partnerUser = await makeUser("PARTNER_USER", { partnerId: amerPartner.id });
  otherCompanyUser = await makeUser("PARTNER_ADMIN", { partnerId: emeaPartner.id });
  phdAmer = await makeUser("PHD", { region: "AMER" });
  phdEmea = await makeUser("PHD", { region: "EMEA" });
  admin = await makeUser("ADMIN");
  heldLicense = await issueLicense(amerPartner.id, addMonths(today, 4), "KEY-AMER-HELD-0001");
  emeaLicenseId = (await issueLicense(emeaPartner.id, addDays(today, 10), "KEY-EMEA-HELD-0001")).id;
  requestId = (await fileRequest(amerPartner.id, partnerUser.id)).id;
  emeaRequestId = (await fileRequest(emeaPartner.id, otherCompanyUser.id)).id;
});

describe("getNfrRequest", () => {
  it("finds the request for the partner's users, its CAM, the region's desk and an admin; null for anyone else", async () => {
    for (const user of [partnerUser, cam, phdAmer, admin]) expect((await getNfrRequest(user, requestId))?.request.id).toBe(requestId);
    for (const user of [otherCompanyUser, otherCam, phdEmea]) expect(await getNfrRequest(user, requestId)).toBeNull();
    expect(await getNfrRequest(phdAmer, emeaRequestId)).toBeNull();
    expect(await getNfrRequest(phdAmer, "cnosuchrecord000000000000")).toBeNull();
  });

  it("gives the review with each check's evidence only to those who decide, while the request is open", async () => {
    expect((await getNfrRequest(partnerUser, requestId))?.review).toBeNull();
    expect((await getNfrRequest(cam, requestId))?.review).toBeNull();
    const { review } = (await getNfrRequest(phdAmer, requestId))!;
    expect(review?.eligibility).toMatchObject({ authorized: true, certified: false, cap: { mode: "LICENSES", held: 1, limit: 10, withinCap: true } });
    expect(review?.blocker).toBeNull();
    expect(review?.partner.nfrLicenses.map((license) => license.id)).toEqual([heldLicense.id]);
    // A new license joins the active ones' expiry date; the notes are the handbook's text.
    expect(review?.preview).toMatchObject({
      expiresOn: heldLicense.expiresOn,
      joinsHeldExpiry: true,
      notes: "5 Ultimate NFR Licenses for Partner: Amer Nfr Partner",
    });
  });

  it("previews a renewal with its own year, and shows the certified employees as evidence", async () => {
    const certification = await prisma.certification.create({
      data: { code: "SA-CORE-NFR-TEST", name: "Solution Architect Core", passingScore: 70, meetsNfrCheck: true },
    });
    await prisma.earnedCertification.create({
      data: { userId: partnerUser.id, partnerId: amerPartner.id, certificationId: certification.id, score: 90, issuedAt: new Date() },
    });
    const renewal = await fileRequest(amerPartner.id, partnerUser.id, { renewsLicenseId: heldLicense.id });
    const { review } = (await getNfrRequest(phdAmer, renewal.id))!;
    expect(review?.preview).toMatchObject({ expiresOn: addMonths(today, 12), joinsHeldExpiry: false });
    // The renewed license is replaced, so it does not count toward the cap.
    expect(review?.eligibility.cap.held).toBe(0);
    expect(review?.eligibility.certified).toBe(true);
    expect(review?.partner.earnedCertifications.map((earned) => [earned.user.name, earned.certification.name])).toEqual([
      [partnerUser.name, "Solution Architect Core"],
    ]);
  });

  it("says why approval is refused for a partner that is not authorized", async () => {
    const inactive = await makePartner({ region: "AMER", status: "INACTIVE" });
    const request = await fileRequest(inactive.id, admin.id);
    expect((await getNfrRequest(phdAmer, request.id))?.review?.blocker).toMatch(/not Authorized/);
  });

  it("gives no review once the request is decided", async () => {
    const decided = await fileRequest(amerPartner.id, partnerUser.id);
    await prisma.nfrRequest.update({ where: { id: decided.id }, data: { status: "REJECTED", rejectionReason: "No demos planned", decidedAt: new Date() } });
    expect((await getNfrRequest(phdAmer, decided.id))?.review).toBeNull();
  });
});

describe("getNfrLicense", () => {
  it("finds the license in the nfr.read scope, and null outside it", async () => {
    for (const user of [partnerUser, cam, phdAmer, admin]) expect((await getNfrLicense(user, heldLicense.id))?.id).toBe(heldLicense.id);
    for (const user of [otherCompanyUser, otherCam, phdEmea]) expect(await getNfrLicense(user, heldLicense.id)).toBeNull();
  });

  it("shows the key to the partner's own users and the desk, not to the CAM", async () => {
    expect((await getNfrLicense(partnerUser, heldLicense.id))?.licenseKey).toBe(heldLicense.licenseKey);
    expect((await getNfrLicense(phdAmer, heldLicense.id))?.licenseKey).toBe(heldLicense.licenseKey);
    expect((await getNfrLicense(admin, heldLicense.id))?.licenseKey).toBe(heldLicense.licenseKey);
    expect((await getNfrLicense(cam, heldLicense.id))?.licenseKey).toBeNull();
  });
});

async function csvLines(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  return (await response.text()).trim().split(/\r?\n/);
}

describe("the desk's CSV exports", () => {
  it("/phd/nfr/export: a header row, then the region's requests only", async () => {
    const [header, ...rows] = await csvLines(exportResponse(nfrRequestQueue, phdAmer, {}));
    expect(header).toMatch(/^Partner,Tier,Filed,Status,Users,Plan,Renewal,Contact,Contact email,Requested by,Authorized,Held against cap,SA Core or PSE/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes(requestId))).toBe(true);
    expect(rows.some((row) => row.includes(emeaRequestId) || row.includes(emeaPartner.legalName))).toBe(false);
    const [, ...emeaRows] = await csvLines(exportResponse(nfrRequestQueue, phdEmea, {}));
    expect(emeaRows).toHaveLength(1);
    expect(emeaRows[0]).toContain(emeaRequestId);
  });

  it("/phd/nfr/licenses/export: the region's licenses, without their keys", async () => {
    const [header, ...rows] = await csvLines(exportResponse(regionNfrLicenseList, phdAmer, {}));
    expect(header).toBe("Partner,Reference,Contact,Contact email,Users,Plan,Status,Starts,Expires,ID");
    expect(rows.some((row) => row.includes(heldLicense.id))).toBe(true);
    expect(rows.some((row) => row.includes(emeaLicenseId))).toBe(false);
    expect(rows.join("\n")).not.toContain("KEY-");
    const [, ...expiring] = await csvLines(exportResponse(regionNfrLicenseList, phdEmea, { expiring: "30" }));
    expect(expiring.map((row) => row.split(",").at(-1))).toEqual([emeaLicenseId]);
  });

  it("answers 401 to an anonymous request and 403 to a role that does not process requests", async () => {
    expect(exportResponse(nfrRequestQueue, null, {}).status).toBe(401);
    expect(exportResponse(regionNfrLicenseList, null, {}).status).toBe(401);
    expect(exportResponse(nfrRequestQueue, cam, {}).status).toBe(403);
    expect(exportResponse(regionNfrLicenseList, partnerUser, {}).status).toBe(403);
  });
});
