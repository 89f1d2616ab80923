import { describe, expect, it } from "vitest";
import { ZFileNfrRequestSchema } from "./schemas";

const valid = {
  contactName: "Dana Contact",
  contactEmail: "Dana@Contact.example",
  usersCount: "5",
  plan: "ULTIMATE",
  kind: "NEW",
  justification: "Demos for the solutions team.",
};

function fieldErrors(input: Record<string, string>): Record<string, string> {
  const parsed = ZFileNfrRequestSchema.safeParse(input);
  if (parsed.success) return {};
  // The first message of each field, as the action client shows it.
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

describe("the NFR request form", () => {
  it("reads a valid request: a partner user's company comes from the session, not the form", () => {
    expect(ZFileNfrRequestSchema.parse(valid)).toEqual({
      contactName: "Dana Contact",
      contactEmail: "dana@contact.example",
      usersCount: 5,
      plan: "ULTIMATE",
      justification: "Demos for the solutions team.",
      partnerId: null,
      isRenewal: false,
      renewsLicenseId: null,
    });
  });

  it.each([
    [{ usersCount: "0" }, "usersCount", "A license has at least 1 user."],
    [{ usersCount: "1001" }, "usersCount", "A license has at most 1000 users."],
    [{ usersCount: "five" }, "usersCount", "Enter the number of users as a whole number."],
    [{ contactEmail: "dana@" }, "contactEmail", "Enter a valid email address."],
    [{ contactEmail: "" }, "contactEmail", "Enter the email address the license goes to."],
    [{ plan: "GOLD" }, "plan", "Choose Starter, Premium or Ultimate."],
    [{ kind: "RENEWAL" }, "renewsLicenseId", "Choose the license this renews."],
    [{ justification: " " }, "justification", "Enter what the licenses are for."],
    [{ contactName: "x".repeat(121) }, "contactName", "Keep the contact's name to 120 characters."],
  ])("%o is refused beside %s", (change, field, message) => {
    expect(fieldErrors({ ...valid, ...change })[field]).toBe(message);
  });

  it("keeps a renewal's license and ignores it on a new request", () => {
    expect(ZFileNfrRequestSchema.parse({ ...valid, kind: "RENEWAL", renewsLicenseId: "license-1" })).toMatchObject({
      isRenewal: true,
      renewsLicenseId: "license-1",
    });
    expect(ZFileNfrRequestSchema.parse({ ...valid, renewsLicenseId: "license-1" })).toMatchObject({ isRenewal: false, renewsLicenseId: null });
  });
});
