import { describe, expect, it } from "vitest";
import { websiteDomainOf } from "@/server/partners/rules";

describe("websiteDomainOf", () => {
  it("treats scheme, www, port, path and case as the same company", () => {
    expect(websiteDomainOf("https://www.Fabrikam.example:8443/about")).toBe("fabrikam.example");
    expect(websiteDomainOf("fabrikam.example")).toBe("fabrikam.example");
    expect(websiteDomainOf("http://shop.fabrikam.example")).toBe("shop.fabrikam.example");
  });
});
