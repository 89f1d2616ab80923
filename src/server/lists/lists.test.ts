import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { partnerList } from "@/server/partners/partner-list";
import { partnerUserList } from "@/server/partners/partner-user-list";
import { userList } from "@/server/users/user-list";
import { defineList } from "./define-list";
import { loadListPage } from "./load-list-page";
import { exportResponse, listCsvRows } from "./export-list";
import { makePartner, makeUser } from "../../../tests/factories";
import { collect } from "../../../tests/support/collect";

// The machinery every list is made from, exercised through the accounts list (a CAM's scope, three filters, a
// sort with empty values last) and the users list (an admin's, with a role filter and its own CSV select).

let cam: SessionUser;
let otherCam: SessionUser;
let partnerUser: SessionUser;
const names = ["Alder", "Birch", "Cedar", "Dogwood", "Elm"];

beforeAll(async () => {
  cam = await makeUser("CAM");
  otherCam = await makeUser("CAM");
  for (const [index, name] of names.entries()) {
    const partner = await makePartner({ camOwnerId: cam.id, legalName: `${name} Systems`, tier: index % 2 === 0 ? "SELECT" : "OPEN" });
    // Only the first two have been reviewed, Birch most recently.
    if (index < 2) await prisma.partner.update({ where: { id: partner.id }, data: { lastPhdReviewAt: new Date(Date.UTC(2025, 0, 10 + index)) } });
  }
  await makePartner({ camOwnerId: otherCam.id, legalName: "Foreign Fir Systems", tier: "SELECT" });
  const ownCompany = await makePartner({ legalName: "Own Oak Systems" });
  partnerUser = await makeUser("PARTNER_USER", { partnerId: ownCompany.id });
});

const legalNames = (rows: { legalName?: unknown }[]) => rows.map((row) => row.legalName);

describe("loadListPage", () => {
  it("shows the user's scope, sorted by the list's default, with the count of all matches", async () => {
    const page = await loadListPage(partnerList, cam, {});
    expect(legalNames(page.rows)).toEqual(names.map((name) => `${name} Systems`));
    expect(page).toMatchObject({ total: 5, totalIsCapped: false, page: 1, pageSize: 25, sort: "legalName", dir: "asc" });
    expect((await loadListPage(partnerList, otherCam, {})).rows.map((row) => row.legalName)).toEqual(["Foreign Fir Systems"]);
  });

  it("pages with the count of all matches", async () => {
    const second = await loadListPage(partnerList, cam, { pageSize: "2", page: "2" });
    expect(legalNames(second.rows)).toEqual(["Cedar Systems", "Dogwood Systems"]);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    const past = await loadListPage(partnerList, cam, { pageSize: "2", page: "9" });
    expect(past).toMatchObject({ rows: [], total: 5, page: 9 });
  });

  it("sorts both ways, with empty values last either way", async () => {
    expect(legalNames((await loadListPage(partnerList, cam, { sort: "legalName", dir: "desc" })).rows)[0]).toBe("Elm Systems");
    const reviewedFirst = await loadListPage(partnerList, cam, { sort: "lastPhdReviewAt", dir: "desc" });
    expect(legalNames(reviewedFirst.rows).slice(0, 2)).toEqual(["Birch Systems", "Alder Systems"]);
    const oldestFirst = await loadListPage(partnerList, cam, { sort: "lastPhdReviewAt", dir: "asc" });
    expect(legalNames(oldestFirst.rows).slice(0, 2)).toEqual(["Alder Systems", "Birch Systems"]);
    expect(oldestFirst.rows.slice(2).every((row) => row.lastPhdReviewAt === null)).toBe(true);
  });

  it("searches and filters, and says which filters exist with their choices", async () => {
    const page = await loadListPage(partnerList, cam, { q: "SYSTEMS", tier: "SELECT" });
    expect(legalNames(page.rows)).toEqual(["Alder Systems", "Cedar Systems", "Elm Systems"]);
    expect(page.filters.map((filter) => filter.name)).toEqual(["status", "tier", "region"]);
    expect(page.filters[1]?.options).toEqual([
      { value: "OPEN", label: "Open" },
      { value: "SELECT", label: "Select" },
    ]);
    expect(page.searchLabel).toBe("Search partners");
  });

  it("falls back to defaults for junk in the URL instead of failing or matching nothing", async () => {
    const page = await loadListPage(partnerList, cam, {
      page: "-3",
      pageSize: "100000",
      sort: "passwordHash",
      dir: "sideways",
      tier: '\'; DROP TABLE "Partner"; --',
      region: ["MARS", "AMER"],
      q: "   ",
    });
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25, sort: "legalName", dir: "asc" });
    expect(page.query).toMatchObject({ region: "MARS", q: "   " });
  });

  it("takes the first of a repeated parameter", async () => {
    const page = await loadListPage(partnerList, cam, { tier: ["OPEN", "SELECT"] });
    expect(legalNames(page.rows)).toEqual(["Birch Systems", "Dogwood Systems"]);
  });

  it("marks a column sortable when the list sorts by it, and links cells per viewer", async () => {
    const page = await loadListPage(partnerList, cam, {});
    expect(page.columns.map((column) => [column.id, column.sortable])).toEqual([
      ["legalName", true],
      ["tier", true],
      ["region", true],
      ["status", true],
      ["lastPhdReviewAt", true],
    ]);
    const company = await makePartner();
    const admin = await makeUser("PARTNER_ADMIN", { partnerId: company.id });
    const member = await makeUser("PARTNER_USER", { partnerId: company.id });
    expect((await loadListPage(partnerUserList, admin, {})).columns[0]?.href).toBe("/partner/company/users/:id");
    expect((await loadListPage(partnerUserList, member, {})).columns[0]?.href).toBeUndefined();
  });

  it("fails loudly, rather than show every row, when a list without a scope is opened in a narrower one", async () => {
    const everyPartner = defineList({ ...partnerList, scope: undefined });
    await expect(loadListPage(everyPartner, cam, {})).rejects.toThrow(/has no scope for CAM/);
    expect((await loadListPage(everyPartner, await makeUser("ADMIN"), {})).total).toBeGreaterThan(5);
  });

  it("refuses a user without the list's capability", async () => {
    await expect(loadListPage(partnerList, partnerUser, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadListPage(userList, cam, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the CSV export", () => {
  const header = partnerList.csv?.columns.map((column) => column.header) ?? [];

  it("streams the user's scope with the page's search and filters, whatever the batch size", async () => {
    const rows = await collect(listCsvRows(partnerList, cam, { tier: "SELECT", sort: "tier", page: "2" }, 2));
    expect(rows.map((row) => row[0]).sort()).toEqual(["Alder Systems", "Cedar Systems", "Elm Systems"]);
    const ids = rows.map((row) => row[header.indexOf("ID")]);
    expect(ids).toEqual([...ids].sort());
  });

  it("gives another CAM only its own accounts", async () => {
    expect((await collect(listCsvRows(partnerList, otherCam, {}))).map((row) => row[0])).toEqual(["Foreign Fir Systems"]);
  });

  it("ignores junk parameters like the page", async () => {
    expect(await collect(listCsvRows(partnerList, cam, { tier: "GOLD", page: "x" }))).toHaveLength(5);
  });

  it("answers a file for the user's scope, 403 without the capability and 401 to nobody", async () => {
    const file = exportResponse(partnerList, otherCam, {});
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="accounts-\d{4}-\d{2}-\d{2}\.csv"$/);
    // Response.text() would drop the byte order mark that tells Excel the file is UTF-8.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await file.arrayBuffer());
    expect(text.startsWith(`\uFEFF${header.join(",")}\r\n`)).toBe(true);
    expect(text).toContain("Foreign Fir Systems");
    expect(text).not.toContain("Alder Systems");

    const refused = exportResponse(partnerList, partnerUser, {});
    expect(refused.status).toBe(403);
    const anonymous = exportResponse(partnerList, null, {});
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toBe("Sign in to download this file.");
  });

  it("reads the file with its own select when it has columns the table has not", async () => {
    const admin = await makeUser("ADMIN");
    const [row] = await collect(listCsvRows(userList, admin, { q: admin.email }));
    const userHeader = userList.csv?.columns.map((column) => column.header) ?? [];
    expect(row?.[userHeader.indexOf("Created")]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row?.[userHeader.indexOf("Role")]).toBe("ADMIN");
  });
});
