import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import type { PartnerTier } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { EXPORT_BATCH_SIZE, listCsvRows } from "@/server/lists/export-list";
import { partnerList } from "./partner-list";
import { makeUser } from "../../../tests/factories";
import { collect } from "../../../tests/support/collect";

// More than two full batches, so the keyset has to carry over at least twice and end on a partial batch.
const OWN_PARTNERS = 2600;
const OTHER_PARTNERS = 40;

let cam: SessionUser;
let otherCam: SessionUser;

function partnerData(camOwnerId: string, index: number, tier: PartnerTier): Prisma.PartnerCreateManyInput {
  const name = `${camOwnerId.slice(-6)}-${String(index).padStart(5, "0")}`;
  return {
    legalName: `Partner ${name}`,
    website: `https://${name}.example`,
    websiteDomain: `${name}.example`,
    country: "US",
    region: "AMER",
    phdRegion: "AMER",
    size: "SIZE_51_200",
    tier,
    tracks: ["RESELLER"],
    status: "AUTHORIZED",
    camOwnerId,
  };
}

const header = partnerList.csv?.columns.map((column) => column.header) ?? [];
const idColumn = header.indexOf("ID");
const tierColumn = header.indexOf("Tier");

beforeAll(async () => {
  cam = await makeUser("CAM");
  otherCam = await makeUser("CAM");
  // Every third of the CAM's partners is Select, so a tier filter still spans more than one batch.
  await prisma.partner.createMany({
    data: Array.from({ length: OWN_PARTNERS }, (_, index) => partnerData(cam.id, index, index % 3 === 0 ? "SELECT" : "OPEN")),
  });
  await prisma.partner.createMany({
    data: Array.from({ length: OTHER_PARTNERS }, (_, index) => partnerData(otherCam.id, index, "SELECT")),
  });
});

describe("the accounts export", () => {
  it("yields every partner the CAM owns exactly once, in id order, across several batches", async () => {
    expect(OWN_PARTNERS).toBeGreaterThan(2 * EXPORT_BATCH_SIZE);
    const expectedIds = (await prisma.partner.findMany({ where: { camOwnerId: cam.id }, select: { id: true }, orderBy: { id: "asc" } })).map(
      (partner) => partner.id,
    );
    const rows = await collect(listCsvRows(partnerList, cam, {}));
    expect(rows.map((row) => row[idColumn])).toEqual(expectedIds);
    expect(rows).toHaveLength(OWN_PARTNERS);
  });

  it("applies the list's filters and never yields another CAM's partners", async () => {
    const otherIds = new Set((await prisma.partner.findMany({ where: { camOwnerId: otherCam.id }, select: { id: true } })).map((partner) => partner.id));
    const expectedIds = (await prisma.partner.findMany({ where: { camOwnerId: cam.id, tier: "SELECT" }, select: { id: true }, orderBy: { id: "asc" } })).map(
      (partner) => partner.id,
    );
    const rows = await collect(listCsvRows(partnerList, cam, { tier: "SELECT" }, 250));
    expect(expectedIds.length).toBeGreaterThan(3 * 250);
    expect(rows.map((row) => row[idColumn])).toEqual(expectedIds);
    expect(rows.every((row) => row[tierColumn] === "SELECT")).toBe(true);
    expect(rows.some((row) => otherIds.has(row[idColumn] ?? ""))).toBe(false);
  });

  it("applies the list's search", async () => {
    const rows = await collect(listCsvRows(partnerList, cam, { q: `${cam.id.slice(-6)}-0001` }));
    // Partner …-00010 to …-00019.
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 10 }, (_, index) => `Partner ${cam.id.slice(-6)}-0001${index}`));
  });

  it("gives an admin every partner and another CAM only its own", async () => {
    const admin = await makeUser("ADMIN");
    expect(await collect(listCsvRows(partnerList, admin, {}))).toHaveLength(OWN_PARTNERS + OTHER_PARTNERS);
    expect(await collect(listCsvRows(partnerList, otherCam, {}))).toHaveLength(OTHER_PARTNERS);
  });
});
