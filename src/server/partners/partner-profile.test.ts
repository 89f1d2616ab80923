import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { updatePartnerProfile } from "./update-partner-profile";
import { uploadPartnerLogo } from "./upload-partner-logo";
import { ZUpdatePartnerProfileSchema, parseProfileList } from "./schemas";
import { MAX_LOGO_BYTES, PROFILE_LIMITS } from "@/lib/partner-company";
import { openStoredFile } from "@/server/storage/get-stored-file";
import { makePartner, makeUser } from "../../../tests/factories";

const context = { ip: "10.7.2.1" };
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

let filesDir: string;
beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "portal-logos-"));
  process.env.FILE_STORAGE_DIR = filesDir;
});
afterAll(async () => {
  delete process.env.FILE_STORAGE_DIR;
  await rm(filesDir, { recursive: true, force: true });
});

async function companyAdmin() {
  const partner = await makePartner();
  return { partner, admin: await makeUser("PARTNER_ADMIN", { partnerId: partner.id }) };
}

async function storedKeys(partnerId: string): Promise<string[]> {
  return readdir(path.join(filesDir, "partners", partnerId, "logos")).catch(() => []);
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const validProfile = {
  description: "  We migrate teams to the cloud.  ",
  website: "https://northwind-example.test",
  locations: "Austin, United States\n\n  Berlin,   Germany \naustin, united states",
  languages: "English\nGerman",
  services: "Implementation",
};

describe("profile lists and validation", () => {
  it("trims, collapses spaces, drops blank lines and repeats ignoring case", () => {
    expect(parseProfileList(" Austin,  United States \n\nAUSTIN, united states\r\nBerlin")).toEqual(["Austin, United States", "Berlin"]);
  });

  it("gives a field message for each bad value", () => {
    const result = ZUpdatePartnerProfileSchema.safeParse({
      description: "x".repeat(PROFILE_LIMITS.descriptionLength + 1),
      website: "javascript:alert(1)",
      locations: "y".repeat(PROFILE_LIMITS.itemLength + 1),
      languages: Array.from({ length: PROFILE_LIMITS.listItems + 1 }, (_, index) => `Language ${index}`).join("\n"),
      services: "",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(Object.keys(fields).sort()).toEqual(["description", "languages", "locations", "website"]);
    expect(fields.website).toBe("Enter a full address such as https://example.com.");
  });
});

describe("updatePartnerProfile", () => {
  it("saves the cleaned profile, keeps the website's domain in step and records what changed", async () => {
    const { partner, admin } = await companyAdmin();
    await updatePartnerProfile(admin, ZUpdatePartnerProfileSchema.parse(validProfile), context);
    const saved = await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } });
    expect(saved).toMatchObject({
      description: "We migrate teams to the cloud.",
      website: "https://northwind-example.test",
      websiteDomain: "northwind-example.test",
      locations: ["Austin, United States", "Berlin, Germany"],
      languages: ["English", "German"],
      services: ["Implementation"],
    });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: partner.id, action: "partner.profile_updated" } });
    expect(event.summary).toContain("locations");
  });

  it("keeps the domain the way applying reads it, so www. or a port cannot slip past the one-application rule", async () => {
    const { partner, admin } = await companyAdmin();
    const other = await makePartner();
    await expect(
      updatePartnerProfile(admin, ZUpdatePartnerProfileSchema.parse({ ...validProfile, website: `https://www.${other.websiteDomain}:8443/` }), context),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "website" });
    await updatePartnerProfile(admin, ZUpdatePartnerProfileSchema.parse({ ...validProfile, website: "https://WWW.Contoso-Renamed.test/about" }), context);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).websiteDomain).toBe("contoso-renamed.test");
  });

  it("refuses a website another company already uses, next to the field", async () => {
    const { admin } = await companyAdmin();
    const other = await makePartner();
    await expect(updatePartnerProfile(admin, ZUpdatePartnerProfileSchema.parse({ ...validProfile, website: other.website }), context)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "website",
    });
  });
});

describe("uploadPartnerLogo", () => {
  it("stores a PNG by its bytes, serves it to the company and replaces the old logo's row and bytes", async () => {
    const { partner, admin } = await companyAdmin();
    const { fileId: first } = await uploadPartnerLogo(admin, { logo: new File([PNG], "../../logo.png", { type: "text/plain" }) }, context);
    const firstRow = await prisma.storedFile.findUniqueOrThrow({ where: { id: first } });
    expect(firstRow).toMatchObject({
      contentType: "image/png",
      sizeBytes: PNG.length,
      originalName: "logo.png",
      ownerPartnerId: partner.id,
      uploadedById: admin.id,
    });
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).logoFileId).toBe(first);

    const served = await openStoredFile(admin, first);
    expect(served).toMatchObject({ contentType: "image/png", sizeBytes: PNG.length });
    expect(await bytesOf(served!.body)).toEqual(PNG);

    const { fileId: second } = await uploadPartnerLogo(admin, { logo: new File([PNG], "new-logo.png") }, context);
    expect(await prisma.storedFile.findUnique({ where: { id: first } })).toBeNull();
    expect(await storedKeys(partner.id)).toEqual([(await prisma.storedFile.findUniqueOrThrow({ where: { id: second } })).storageKey.split("/").pop()]);
    expect(await prisma.auditEvent.count({ where: { entityId: partner.id, action: "partner.logo_uploaded" } })).toBe(2);
  });

  it.each([
    ["a text file named .png", Buffer.from("definitely not an image"), "logo.png", "image/png"],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "logo.svg", "image/svg+xml"],
  ])("refuses %s, whatever its name and declared type say", async (_label, bytes, name, type) => {
    const { partner, admin } = await companyAdmin();
    await expect(uploadPartnerLogo(admin, { logo: new File([bytes], name, { type }) }, context)).rejects.toMatchObject({ code: "VALIDATION", field: "logo" });
    expect(await prisma.storedFile.count({ where: { ownerPartnerId: partner.id } })).toBe(0);
    expect(await storedKeys(partner.id)).toEqual([]);
  });

  it("refuses a logo over the size limit and an empty file", async () => {
    const { partner, admin } = await companyAdmin();
    const oversize = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    await expect(uploadPartnerLogo(admin, { logo: new File([oversize], "big.png") }, context)).rejects.toMatchObject({
      code: "VALIDATION",
      message: "The logo must be at most 512 KB.",
    });
    await expect(uploadPartnerLogo(admin, { logo: new File([], "empty.png") }, context)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.storedFile.count({ where: { ownerPartnerId: partner.id } })).toBe(0);
  });
});

describe("openStoredFile", () => {
  it("serves a company's file to its people and to staff whose scope includes it, to nobody else", async () => {
    const cam = await makeUser("CAM", { region: "AMER" });
    const partner = await makePartner({ camOwnerId: cam.id });
    const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id });
    const { fileId } = await uploadPartnerLogo(admin, { logo: new File([PNG], "logo.png") }, context);

    const otherCompany = await makePartner();
    const outsider = await makeUser("PARTNER_ADMIN", { partnerId: otherCompany.id });
    const otherCam = await makeUser("CAM", { region: "AMER" });
    const channelAdmin = await makeUser("ADMIN");
    const partnerWithoutCompany = await makeUser("PARTNER_USER");

    for (const viewer of [admin, colleague, cam, channelAdmin]) expect(await openStoredFile(viewer, fileId)).not.toBeNull();
    for (const viewer of [outsider, otherCam, partnerWithoutCompany]) expect(await openStoredFile(viewer, fileId)).toBeNull();
    expect(await openStoredFile(channelAdmin, "no-such-file")).toBeNull();
  });
});
