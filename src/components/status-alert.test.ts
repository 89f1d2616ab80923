import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatusAlert, type StatusTone } from "./status-alert";

const render = (props: Parameters<typeof StatusAlert>[0]) => renderToStaticMarkup(createElement(StatusAlert, props));

describe("StatusAlert", () => {
  it.each<[StatusTone, string]>([
    ["error", "alert"],
    ["warning", "status"],
    ["success", "status"],
    ["info", "status"],
  ])("announces a %s as %s", (tone, role) => {
    expect(render({ tone, children: "Saved." })).toContain(`role="${role}"`);
  });

  it("keeps a standing fact out of the announcements when asked", () => {
    expect(render({ tone: "error", role: "note", children: "Denied." })).toContain('role="note"');
  });

  it("is a labelled landmark, not a live region, as an aside", () => {
    const html = render({ tone: "warning", as: "aside", label: "Agreements to accept", children: "Accept the MPA." });
    expect(html).toMatch(/^<aside aria-label="Agreements to accept"/);
    expect(html).not.toContain("role=");
  });

  it("colours each tone differently", () => {
    const classes = (["info", "success", "warning", "error"] as const).map((tone) => render({ tone, children: "x" }).match(/class="([^"]*)"/)?.[1]);
    expect(new Set(classes).size).toBe(4);
  });
});
