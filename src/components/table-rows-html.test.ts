import { describe, expect, it } from "vitest";
import { escapeHtml, tableRowsHtml } from "./table-rows-html";

describe("escapeHtml", () => {
  it("escapes what could open a tag, an entity or leave a quoted attribute", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  });
});

describe("tableRowsHtml", () => {
  it("escapes every value, including one that tries to close its cell", () => {
    const html = tableRowsHtml([{ id: "1", name: '</td><img src=x onerror="alert(1)">' }], [{ id: "name" }]);
    expect(html).toBe("<tr><td>&lt;/td&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</td></tr>");
  });

  it("formats each cell by its column and shows a dash for nothing", () => {
    const html = tableRowsHtml(
      [{ id: "1", when: new Date("2026-11-23T18:04:00Z"), amount: 123456, tier: "PUBLIC_SECTOR", status: "DENIED", tracks: ["A", "B"], none: null }],
      [
        { id: "when", format: "datetime" },
        { id: "amount", format: "money" },
        { id: "tier", format: "enum" },
        { id: "status", format: "status" },
        { id: "tracks" },
        { id: "none", format: "date" },
      ],
    );
    expect(html).toBe(
      '<tr><td class="whitespace-nowrap">Nov 23, 2026, 6:04 PM UTC</td><td>$1,234.56</td><td>Public sector</td>' +
        '<td><span class="inline-flex rounded-full px-2 py-0.5 text-xs font-medium bg-red-100 text-red-800">Denied</span></td>' +
        '<td>A, B</td><td class="whitespace-nowrap"><span class="text-gray-400">—</span></td></tr>',
    );
  });

  it("lets a long unbroken value wrap inside its cell, and leaves ordinary text as it is", () => {
    const email = `${"a".repeat(288)}@example.test`;
    expect(tableRowsHtml([{ id: "1", email, name: "Ada Lovelace" }], [{ id: "email", href: "/emails/:id" }, { id: "name" }])).toBe(
      '<tr><td><a href="/emails/1" class="font-medium text-blue-700 hover:underline">' +
        `<span class="block min-w-48 max-w-md [overflow-wrap:anywhere]">${email}</span></a></td><td>Ada Lovelace</td></tr>`,
    );
  });

  it("links a cell to its row's page", () => {
    expect(tableRowsHtml([{ id: "a b", name: "Acme" }], [{ id: "name", href: "/things/:id" }])).toBe(
      '<tr><td><a href="/things/a%20b" class="font-medium text-blue-700 hover:underline">Acme</a></td></tr>',
    );
  });

  it("links no empty cell: a row that does not offer the link shows only the dash", () => {
    expect(tableRowsHtml([{ id: "1", renew: null }], [{ id: "renew", href: "/partner/nfr?renew=:id" }])).toBe(
      '<tr><td><span class="text-gray-400">—</span></td></tr>',
    );
  });

  it("draws a meter cell as a bar named after its column, with its figure beside it, and a share past the whole on a full bar", () => {
    const html = tableRowsHtml(
      [{ id: "1", burned: 42.4, over: 130 }],
      [
        { id: "burned", header: "Share invoiced", format: "meter" },
        { id: "over", header: "Share invoiced", format: "meter" },
      ],
    );
    expect(html).toContain('role="meter" aria-label="Share invoiced" aria-valuemin="0" aria-valuemax="100" aria-valuenow="42" aria-valuetext="42%"');
    expect(html).toContain('style="width: 42%"');
    expect(html).toContain('aria-valuenow="100" aria-valuetext="130%"');
    expect(html).toContain('<span class="tabular-nums" aria-hidden="true">130%</span>');
  });
});
