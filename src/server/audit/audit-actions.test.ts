import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_OPTIONS, AUDIT_ACTIONS, AUDIT_ACTION_VALUES, auditActionLabel } from "./audit-actions";

describe("the audit action registry", () => {
  it("names each action <record>.<what happened> in snake case", () => {
    for (const action of AUDIT_ACTION_VALUES) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
  });

  it("gives each action a label no other action uses, so the trail's filter tells them apart", () => {
    const labels = Object.values(AUDIT_ACTIONS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const action of AUDIT_ACTION_VALUES) expect(auditActionLabel(action)).toBe(AUDIT_ACTIONS[action]);
  });

  it("offers every registered action in the trail's filter, by label", () => {
    expect(AUDIT_ACTION_OPTIONS.map((option) => option.value).sort()).toEqual([...AUDIT_ACTION_VALUES].sort());
    const labels = AUDIT_ACTION_OPTIONS.map((option) => option.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });

  it("shows an action no domain registers any more (an old row) by its humanized name", () => {
    expect(auditActionLabel("partner.tier_changed")).toBe("Partner tier changed");
  });
});
