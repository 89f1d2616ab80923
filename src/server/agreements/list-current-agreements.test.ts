import { beforeEach, describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import { listCurrentAgreements } from "./list-current-agreements";

const now = new Date();

async function makeTemplate(kind: "MPA" | "RESELLER_ADDENDUM" | "MSP_AGREEMENT", name: string, versions: { version: number; publishedAt: Date | null }[]) {
  return prisma.agreementTemplate.create({
    data: {
      kind,
      name,
      versions: { create: versions.map((v) => ({ version: v.version, body: `# ${name} v${v.version}`, publishedAt: v.publishedAt })) },
    },
    include: { versions: true },
  });
}

describe("listCurrentAgreements", () => {
  // Template kinds are unique, so each test starts from an empty catalog.
  beforeEach(async () => {
    await prisma.agreementVersion.deleteMany();
    await prisma.agreementTemplate.deleteMany();
  });

  it("returns the latest published version of each kind, in the order asked, never a draft, in one statement", async () => {
    const mpa = await makeTemplate("MPA", "Master Partner Agreement", [
      { version: 1, publishedAt: subDays(now, 400) },
      { version: 2, publishedAt: subDays(now, 20) },
      { version: 3, publishedAt: null },
    ]);
    const reseller = await makeTemplate("RESELLER_ADDENDUM", "Reseller Addendum", [{ version: 1, publishedAt: subDays(now, 300) }]);
    // A template with only a draft has nothing current.
    await makeTemplate("MSP_AGREEMENT", "Managed Services Provider Agreement", [{ version: 1, publishedAt: null }]);

    let statements = 0;
    (prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => {
      statements += 1;
    });
    const current = await listCurrentAgreements(prisma, ["RESELLER_ADDENDUM", "MPA", "MSP_AGREEMENT"]);
    expect(statements).toBe(1);

    const mpaV2 = mpa.versions.find((v) => v.version === 2)!;
    expect(current).toEqual([
      {
        kind: "RESELLER_ADDENDUM",
        templateName: "Reseller Addendum",
        versionId: reseller.versions[0].id,
        version: 1,
        body: "# Reseller Addendum v1",
        publishedAt: reseller.versions[0].publishedAt,
      },
      {
        kind: "MPA",
        templateName: "Master Partner Agreement",
        versionId: mpaV2.id,
        version: 2,
        body: "# Master Partner Agreement v2",
        publishedAt: mpaV2.publishedAt,
      },
    ]);
  });

  it("leaves the bodies out when asked to", async () => {
    const mpa = await makeTemplate("MPA", "Master Partner Agreement", [{ version: 1, publishedAt: subDays(now, 5) }]);
    const headings = await listCurrentAgreements(prisma, ["MPA"], { withBody: false });
    expect(headings).toEqual([
      { kind: "MPA", templateName: "Master Partner Agreement", versionId: mpa.versions[0].id, version: 1, publishedAt: mpa.versions[0].publishedAt },
    ]);
  });

  it("works inside a transaction and returns nothing for no kinds", async () => {
    await makeTemplate("MPA", "Master Partner Agreement", [{ version: 1, publishedAt: subDays(now, 5) }]);
    const [inTx, none] = await prisma.$transaction(async (tx) => [await listCurrentAgreements(tx, ["MPA"]), await listCurrentAgreements(tx, [])]);
    expect(inTx.map((a) => a.version)).toEqual([1]);
    expect(none).toEqual([]);
  });
});
