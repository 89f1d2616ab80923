import { describe, expect, it } from "vitest";
import { Role } from "@/generated/prisma/enums";
import { NOTIFICATION_TYPES, notificationTypeLabel, notificationTypesFor } from "./types";

describe("the notification type registry", () => {
  it("registers each type once, under a label no other type uses, so each preference row is told apart", () => {
    const types = NOTIFICATION_TYPES.map((entry) => entry.type);
    const labels = NOTIFICATION_TYPES.map((entry) => entry.label);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(labels).size).toBe(labels.length);
    for (const entry of NOTIFICATION_TYPES) expect(notificationTypeLabel(entry.type)).toBe(entry.label);
  });

  it("sends every type to some role, so somebody can set its email preference", () => {
    const receivable = new Set(Object.values(Role).flatMap((role) => notificationTypesFor(role)));
    expect([...receivable].sort()).toEqual(NOTIFICATION_TYPES.map((entry) => entry.type).sort());
  });

  it("shows a stored type nobody registers as its raw name rather than nothing", () => {
    expect(notificationTypeLabel("retired.type")).toBe("retired.type");
  });
});
