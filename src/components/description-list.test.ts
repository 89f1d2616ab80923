import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DescriptionList } from "./description-list";

describe("DescriptionList", () => {
  it("pairs each term with its detail, in order, and shows a dash for an empty detail", () => {
    const html = renderToStaticMarkup(
      createElement(DescriptionList, {
        items: [
          { term: "Role", detail: "Partner admin" },
          { term: "Phone", detail: null },
          { term: "Services", detail: "" },
          { term: "Users", detail: 0 },
        ],
      }),
    );
    const pairs = [...html.matchAll(/<dt[^>]*>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)].map(([, term, detail]) => [term, detail]);
    expect(pairs).toEqual([
      ["Role", "Partner admin"],
      ["Phone", "—"],
      ["Services", "—"],
      ["Users", "0"],
    ]);
  });
});
