import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { iterateUsersForExport, USER_EXPORT_HEADER } from "./export-users";
import { makeUser } from "../../../tests/factories";

let admin: SessionUser;

async function collect(rows: AsyncIterable<string[]>): Promise<string[][]> {
  const collected: string[][] = [];
  for await (const row of rows) collected.push(row);
  return collected;
}

const idColumn = USER_EXPORT_HEADER.indexOf("ID");
const roleColumn = USER_EXPORT_HEADER.indexOf("Role");

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  for (let index = 0; index < 7; index++) await makeUser("CAM");
  await makeUser("PHD", { email: "reviewer.search@test.example" });
});

describe("iterateUsersForExport", () => {
  it("yields the users the list's role filter keeps, in id order, across batches", async () => {
    const expected = await prisma.user.findMany({ where: { role: "CAM" }, orderBy: { id: "asc" }, select: { id: true } });
    const rows = await collect(iterateUsersForExport(admin, { q: "" }, { role: "CAM" }, 3));
    expect(rows.map((row) => row[idColumn])).toEqual(expected.map((user) => user.id));
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row[roleColumn] === "CAM")).toBe(true);
  });

  it("applies the list's search over names and emails", async () => {
    const rows = await collect(iterateUsersForExport(admin, { q: "REVIEWER.SEARCH" }, {}));
    expect(rows.map((row) => row[1])).toEqual(["reviewer.search@test.example"]);
  });

  it("refuses anyone but an admin", async () => {
    const cam = await makeUser("CAM");
    await expect(collect(iterateUsersForExport(cam, { q: "" }, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
