import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { listCsvRows } from "@/server/lists/export-list";
import { userList } from "./user-list";
import { makeUser } from "../../../tests/factories";
import { collect } from "../../../tests/support/collect";

let admin: SessionUser;

const header = userList.csv?.columns.map((column) => column.header) ?? [];
const idColumn = header.indexOf("ID");
const roleColumn = header.indexOf("Role");

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  for (let index = 0; index < 7; index++) await makeUser("CAM");
  await makeUser("PHD", { email: "reviewer.search@test.example" });
});

describe("the users export", () => {
  it("yields the users the list's role filter keeps, in id order, across batches", async () => {
    const expected = await prisma.user.findMany({ where: { role: "CAM" }, orderBy: { id: "asc" }, select: { id: true } });
    const rows = await collect(listCsvRows(userList, admin, { role: "CAM" }, 3));
    expect(rows.map((row) => row[idColumn])).toEqual(expected.map((user) => user.id));
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row[roleColumn] === "CAM")).toBe(true);
  });

  it("applies the list's search over names and emails", async () => {
    const rows = await collect(listCsvRows(userList, admin, { q: "REVIEWER.SEARCH" }));
    expect(rows.map((row) => row[1])).toEqual(["reviewer.search@test.example"]);
  });

  it("refuses anyone but an admin", async () => {
    const cam = await makeUser("CAM");
    await expect(collect(listCsvRows(userList, cam, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
