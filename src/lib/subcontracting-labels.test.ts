import { describe, expect, it } from "vitest";
import { statusInSentence } from "./subcontracting-labels";

describe("statusInSentence", () => {
  it.each([
    ["SENT_TO_PARTNER", "sent to partner"],
    ["PO_APPROVED", "PO approved"],
    ["ACTIVE", "active"],
    ["CANCELLED", "cancelled"],
  ])("%s → %s", (status, text) => {
    expect(statusInSentence(status)).toBe(text);
  });
});
