import { describe, expect, it } from "vitest";
import { COUNT_CAP, countUpTo, firstValue, MAX_PAGE_SIZE, pageArgs, parseFilter, parseListParams } from "./params";

const options = { sortable: ["name", "createdAt"] as const, defaultSort: "name" as const };

describe("parseListParams", () => {
  it("uses defaults when the URL has nothing", () => {
    expect(parseListParams({}, options)).toEqual({ page: 1, pageSize: 25, sort: "name", dir: "asc", q: "" });
  });

  it("keeps valid values from the URL", () => {
    expect(parseListParams({ page: "3", pageSize: "50", sort: "createdAt", dir: "desc", q: " acme " }, options)).toEqual({
      page: 3,
      pageSize: 50,
      sort: "createdAt",
      dir: "desc",
      q: "acme",
    });
  });

  it("never lets a URL ask for an unbounded or unknown page", () => {
    const params = parseListParams({ page: "-2", pageSize: "100000", sort: "passwordHash", dir: "sideways" }, options);
    expect(params).toMatchObject({ page: 1, pageSize: 25, sort: "name", dir: "asc" });
    expect(parseListParams({ pageSize: String(MAX_PAGE_SIZE) }, options).pageSize).toBe(MAX_PAGE_SIZE);
  });
});

describe("parseFilter", () => {
  it("accepts only allowed values", () => {
    expect(parseFilter({ status: "AUTHORIZED" }, "status", ["AUTHORIZED", "DENIED"])).toBe("AUTHORIZED");
    expect(parseFilter({ status: "DROP TABLE" }, "status", ["AUTHORIZED", "DENIED"])).toBeUndefined();
  });
});

describe("pageArgs", () => {
  it("turns a page number into skip and take", () => {
    expect(pageArgs({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
  });
});

describe("countUpTo", () => {
  it("asks for one row past the cap and says when the total is only a lower bound", async () => {
    const limits: number[] = [];
    const counter =
      (matching: number) =>
      async ({ take }: { take: number }) => {
        limits.push(take);
        return Math.min(matching, take);
      };
    expect(await countUpTo(counter(42))).toEqual({ total: 42, totalIsCapped: false });
    expect(await countUpTo(counter(COUNT_CAP))).toEqual({ total: COUNT_CAP, totalIsCapped: false });
    expect(await countUpTo(counter(100_000))).toEqual({ total: COUNT_CAP, totalIsCapped: true });
    expect(limits).toEqual([COUNT_CAP + 1, COUNT_CAP + 1, COUNT_CAP + 1]);
  });
});

describe("control characters in a list's URL", () => {
  it("are dropped from a search and a filter, so a NUL byte never reaches the database", () => {
    expect(firstValue({ q: "smi\u0000th" }, "q")).toBe("smith");
    expect(firstValue({ role: ["CAM\u001b", "PHD"] }, "role")).toBe("CAM");
    expect(parseListParams({ q: "\u0000\u0007" }, { sortable: ["name"], defaultSort: "name" }).q).toBe("");
  });
});
