// The public partner locator over real HTTP against the production build, signed out: no unpublished field of an
// Authorized partner and nothing of a partner that is not Authorized appears in the HTML of /partners (under every
// combination of search and filters tried here) or of a profile; profiles and logos of other partners are 404s.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnerStatus } from "../../src/generated/prisma/enums";
import { formatDate } from "../../src/lib/format";
import { LocalFileStorage } from "../../src/server/storage/local-file-storage";
import { startBuiltServer, type BuiltServer } from "./built-server";

const NOT_FOUND_THROWN = "NEXT_HTTP_ERROR_FALLBACK;404";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const HIDDEN_STATUSES: PartnerStatus[] = ["SUBMITTED", "IN_REVIEW", "DENIED", "INACTIVE"];
const CONTRACT_SIGNED = new Date("2024-03-17T10:00:00Z");

let server: BuiltServer;
let listed: { id: string; legalName: string };
/** Texts that must never reach the locator's HTML: the listed partner's internal fields and people, and hidden partners. */
const secrets: string[] = [];
const hidden: { id: string; status: PartnerStatus }[] = [];

async function addLogo(partnerId: string) {
  const storageKey = `logos/${partnerId}/${randomBytes(8).toString("hex")}`;
  await new LocalFileStorage(path.join(server.dataDir, "files")).put(storageKey, PNG);
  const logo = await server.prisma.storedFile.create({
    data: { storageKey, contentType: "image/png", sizeBytes: PNG.length, originalName: "logo.png", ownerPartnerId: partnerId },
    select: { id: true },
  });
  await server.prisma.partner.update({ where: { id: partnerId }, data: { logoFileId: logo.id } });
}

/** `allowed`: what the visitor sent, which a page may repeat (a not-found page holds the address asked for). */
function expectNoSecret(body: string, where: string, allowed?: string) {
  expect(
    secrets.filter((secret) => secret !== allowed && body.includes(secret)),
    where,
  ).toEqual([]);
}

beforeAll(async () => {
  server = await startBuiltServer();
  const { prisma } = server;
  // Northwind, Authorized, with every internal field filled in with text that would be found if it leaked.
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "partner.admin@demo.test" }, select: { partnerId: true } });
  listed = await prisma.partner.update({
    where: { id: admin.partnerId! },
    data: {
      crmId: "CRM-LEAK-0042",
      accountNotes: "Leaky account note about pricing",
      denialReason: "Leaky old denial reason",
      workPlan: "Leaky work plan for next year",
      contractSignedAt: CONTRACT_SIGNED,
      // Awarded, not yet published by the Help Desk: its badge is not public yet.
      companyCertifications: { create: { kind: "CTP", awardedAt: new Date() } },
    },
    select: { id: true, legalName: true },
  });
  await addLogo(listed.id);
  const full = await prisma.partner.findUniqueOrThrow({ where: { id: listed.id }, include: { camOwner: true, users: true } });
  secrets.push(full.crmId!, full.accountNotes, full.denialReason!, full.workPlan!, formatDate(CONTRACT_SIGNED));
  if (full.camOwner) secrets.push(full.camOwner.name, full.camOwner.email);
  for (const user of full.users) secrets.push(user.name, user.email, ...(user.phone ? [user.phone] : []));

  // Partners that are not Authorized, each matching every search and filter below, with a published badge and a logo.
  for (const status of HIDDEN_STATUSES) {
    const partner = await prisma.partner.create({
      data: {
        legalName: `Quetzal Hidden ${status} Cloud`,
        website: `https://quetzal-${status.toLowerCase()}.example`,
        websiteDomain: `quetzal-${status.toLowerCase()}.example`,
        country: "United States",
        region: "AMER",
        phdRegion: "AMER",
        size: "SIZE_51_200",
        tier: "SELECT",
        tracks: ["RESELLER", "SERVICES"],
        status,
        languages: ["English"],
        services: ["Migration services", "License resale"],
        description: "Quetzal cloud migration services for Northwind-sized companies.",
        companyCertifications: { create: { kind: "PSP", awardedAt: new Date(), publishedAt: new Date() } },
      },
      select: { id: true },
    });
    await addLogo(partner.id);
    hidden.push({ id: partner.id, status });
    secrets.push(`Quetzal Hidden ${status}`, partner.id);
  }
}, 300_000);

afterAll(() => server?.stop());

describe("the public partner locator, signed out", () => {
  it("lists the Authorized partner, and no unpublished field or hidden partner under any combination of search and filters", async () => {
    const searches = ["", "Quetzal", "Hidden", "migration", "cloud", "Northwind"];
    const combinations: Record<string, string>[] = [];
    for (const q of searches)
      for (const region of ["", "AMER"])
        for (const certification of ["", "PSP"])
          for (const tier of ["", "SELECT"]) for (const track of ["", "SERVICES"]) combinations.push({ q, region, certification, tier, track });
    combinations.push(
      { country: "United States" },
      { language: "English" },
      { service: "Migration services" },
      { service: "License resale", country: "United States", language: "English", tier: "SELECT" },
      { page: "2" },
      { page: "2", region: "AMER" },
      { region: "NOT_A_REGION", page: "x" },
    );
    let listedSeen = 0;
    for (const combination of combinations) {
      const query = new URLSearchParams(Object.entries(combination).filter(([, value]) => value)).toString();
      const pathname = `/partners${query ? `?${query}` : ""}`;
      const response = await server.get(pathname);
      expect(response.status, pathname).toBe(200);
      expectNoSecret(response.body, pathname);
      if (response.body.includes(`/partners/${listed.id}"`)) listedSeen += 1;
    }
    // The searches do find the Authorized partner, so the pages checked held real results.
    expect(listedSeen).toBeGreaterThan(10);
    const northwind = await server.get("/partners?q=Northwind+Cloud");
    expect(northwind.body).toContain(listed.legalName);
    expect(northwind.body).toContain(`/partners/${listed.id}/logo?v=`);
  });

  it("shows an Authorized partner's published profile only", async () => {
    const profile = await server.get(`/partners/${listed.id}`);
    expect(profile.status).toBe(200);
    expect(profile.body).toContain(listed.legalName);
    expectNoSecret(profile.body, "the profile");
    // Its CTP certification is not published yet (other partners' published CTP badges show on the lists).
    expect(profile.body).not.toContain("Certified Training Partner");
  });

  it("answers 404 for a partner that is not Authorized, an unknown id and a malformed one", async () => {
    for (const { id, status } of hidden) {
      const response = await server.get(`/partners/${id}`);
      expect(response.status, status).toBe(404);
      expect(response.body).toContain(NOT_FOUND_THROWN);
      expectNoSecret(response.body, `${status}'s profile`, id);
    }
    for (const pathname of ["/partners/cnosuchrecord000000000000", `/partners/${"x".repeat(300)}`]) {
      expect((await server.get(pathname)).status, pathname).toBe(404);
    }
  });

  it("serves an Authorized partner's logo to anyone, with caching headers, and no other partner's", async () => {
    const logo = await fetch(`${server.baseUrl}/partners/${listed.id}/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get("content-type")).toBe("image/png");
    expect(logo.headers.get("cache-control")).toBe("public, max-age=300");
    expect(Buffer.from(await logo.arrayBuffer())).toEqual(PNG);
    const etag = logo.headers.get("etag")!;
    const again = await fetch(`${server.baseUrl}/partners/${listed.id}/logo`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    for (const { id, status } of hidden) {
      const response = await server.get(`/partners/${id}/logo`);
      expect(response.status, status).toBe(404);
      expect(JSON.parse(response.body)).toEqual({ error: "Not found" });
    }
    expect((await server.get("/partners/cnosuchrecord000000000000/logo")).status).toBe(404);
  });

  it("is linked from the sign-in page", async () => {
    const login = await server.get("/login");
    expect(login.body).toMatch(/href="\/partners"[^>]*>Find a partner</);
  });
});
