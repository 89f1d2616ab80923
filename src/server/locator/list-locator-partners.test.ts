import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { LOCATOR_PAGE_SIZE, listLocatorPartners } from "./list-locator-partners";
import { getLocatorPartner } from "./get-locator-partner";
import { PUBLISHED_PARTNER_SELECT } from "./published-partner";

let n = 0;
function partner(data: Partial<Prisma.PartnerCreateInput> & { legalName: string }): Prisma.PartnerCreateInput {
  n += 1;
  return {
    website: `https://locator-${n}.example`,
    websiteDomain: `locator-${n}.example`,
    country: "Canada",
    region: "AMER",
    phdRegion: "AMER",
    size: "SIZE_11_50",
    tier: "OPEN",
    tracks: ["RESELLER"],
    status: "AUTHORIZED",
    languages: ["English"],
    services: ["License resale"],
    crmId: `CRM-SECRET-${n}`,
    accountNotes: "Account notes nobody outside may read",
    ...data,
  };
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  const create = async (key: string, data: Parameters<typeof partner>[0]) => {
    ids[key] = (await prisma.partner.create({ data: partner(data), select: { id: true } })).id;
  };
  await create("psp", {
    legalName: "Aurora Migration Works",
    region: "EMEA",
    country: "Germany",
    tier: "SELECT",
    tracks: ["SERVICES", "TRAINING"],
    languages: ["German", "English"],
    services: ["Migration services", "CI/CD pipeline design"],
    description: "Moves whole estates to the platform.",
    companyCertifications: { create: [{ kind: "PSP", awardedAt: new Date(), publishedAt: new Date() }] },
  });
  await create("unpublishedCtp", {
    legalName: "Borealis Training",
    tracks: ["TRAINING"],
    companyCertifications: { create: [{ kind: "CTP", awardedAt: new Date() }] },
  });
  await create("percent", { legalName: "Cent 100% Partners" });
  for (const status of ["SUBMITTED", "IN_REVIEW", "DENIED", "INACTIVE"] as const) {
    await create(status, {
      legalName: `Zephyr Hidden ${status} Migration`,
      status,
      region: "EMEA",
      tracks: ["SERVICES"],
      services: ["Migration services"],
      companyCertifications: { create: [{ kind: "PSP", awardedAt: new Date(), publishedAt: new Date() }] },
    });
  }
  await prisma.partner.createMany({
    data: Array.from({ length: LOCATOR_PAGE_SIZE + 5 }, (_, index) => ({
      ...(partner({ legalName: `Paged Partner ${String(index).padStart(3, "0")}`, country: "Japan", region: "APAC" }) as Prisma.PartnerCreateManyInput),
    })),
  });
});

const names = async (params: Record<string, string | string[] | undefined>) => (await listLocatorPartners(params)).partners.map((p) => p.legalName);

describe("the public locator", () => {
  it("lists Authorized partners only, whatever the filters", async () => {
    for (const params of [
      {},
      { q: "Zephyr" },
      { q: "migration" },
      { region: "EMEA" },
      { certification: "PSP" },
      { track: "SERVICES", service: "Migration services" },
    ]) {
      const found = await names(params);
      expect(
        found.filter((name) => name.startsWith("Zephyr")),
        JSON.stringify(params),
      ).toEqual([]);
    }
  });

  it("searches the name, the description and the services by part, ignoring case, with wildcards taken literally", async () => {
    expect(await names({ q: "aurora" })).toEqual(["Aurora Migration Works"]);
    expect(await names({ q: "whole estates" })).toEqual(["Aurora Migration Works"]);
    expect(await names({ q: "pipeline DESIGN" })).toEqual(["Aurora Migration Works"]);
    expect(await names({ q: "100%" })).toEqual(["Cent 100% Partners"]);
    expect(await names({ q: "%" })).toEqual(["Cent 100% Partners"]);
    expect(await names({ q: "_" })).toEqual([]);
  });

  it("filters by region, country, track, tier, language, service and published company certification", async () => {
    const aurora = ["Aurora Migration Works"];
    expect(await names({ region: "EMEA" })).toEqual(aurora);
    expect(await names({ country: "Germany" })).toEqual(aurora);
    expect(await names({ track: "TRAINING" })).toEqual(["Aurora Migration Works", "Borealis Training"]);
    expect(await names({ tier: "SELECT" })).toEqual(aurora);
    expect(await names({ language: "German" })).toEqual(aurora);
    expect(await names({ service: "Migration services" })).toEqual(aurora);
    expect(await names({ certification: "PSP" })).toEqual(aurora);
    // Borealis holds CTP, but the Help Desk has not published it yet.
    expect(await names({ certification: "CTP" })).toEqual([]);
    expect(await names({ region: "EMEA", tier: "OPEN" })).toEqual([]);
  });

  it("ignores malformed parameters rather than failing", async () => {
    const all = await listLocatorPartners({});
    for (const params of [
      { region: "MARS" },
      { tier: ["SELECT", "OPEN"] as unknown as string },
      { certification: "psp'; DROP TABLE" },
      { page: "-3" },
      { page: "abc" },
      { country: "x".repeat(500) },
      { q: "x".repeat(500) },
      { track: "\u0000" },
    ]) {
      const page = await listLocatorPartners(params);
      expect(page.page, JSON.stringify(params)).toBe(1);
      expect(page.total, JSON.stringify(params)).toBe(params.tier ? 1 : all.total);
    }
  });

  it("pages by name, with the filters kept in the links' parameters", async () => {
    const first = await listLocatorPartners({ country: "Japan" });
    expect(first.total).toBe(LOCATOR_PAGE_SIZE + 5);
    expect(first.partners).toHaveLength(LOCATOR_PAGE_SIZE);
    expect(first.params).toEqual({ country: "Japan" });
    const second = await listLocatorPartners({ country: "Japan", page: "2" });
    expect(second.partners.map((p) => p.legalName)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Paged Partner ${String(LOCATOR_PAGE_SIZE + i).padStart(3, "0")}`),
    );
    expect((await listLocatorPartners({ country: "Japan", page: "9" })).partners).toEqual([]);
  });

  it("offers the countries, languages and services of Authorized partners as filter choices", async () => {
    const { options } = await listLocatorPartners({});
    expect(options.countries).toEqual(["Canada", "Germany", "Japan"]);
    expect(options.languages).toEqual(["English", "German"]);
    expect(options.services).toEqual(["CI/CD pipeline design", "License resale", "Migration services"]);
  });

  it("opens an Authorized partner's profile with its published badges; any other partner is not found", async () => {
    const profile = await getLocatorPartner(ids.psp!);
    expect(profile?.legalName).toBe("Aurora Migration Works");
    expect(profile?.companyCertifications).toEqual([{ kind: "PSP" }]);
    expect((await getLocatorPartner(ids.unpublishedCtp!))?.companyCertifications).toEqual([]);
    for (const status of ["SUBMITTED", "IN_REVIEW", "DENIED", "INACTIVE"]) expect(await getLocatorPartner(ids[status]!)).toBeNull();
  });

  it("publishes none of the account's internal fields", () => {
    for (const field of ["crmId", "accountNotes", "denialReason", "workPlan", "contractSignedAt", "camOwner", "camOwnerId", "users", "status"]) {
      expect(Object.keys(PUBLISHED_PARTNER_SELECT)).not.toContain(field);
    }
  });
});
