import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { renderEmail } from "./render-email";
import { enqueueEmail } from "./enqueue-email";
import { emailTemplates, type EmailTemplateName } from "./templates";

const hostileName = `Dana <script>alert("x")</script> & Co`;
const resetUrl = "https://partners.example.com/reset-password?token=abc-123&lang=en";

describe("email templates", () => {
  it("render the recipient's data escaped in the HTML and the link in both parts", async () => {
    const rendered = await renderEmail("passwordReset", { name: hostileName, resetUrl, expiresInMinutes: 45 });

    expect(rendered.subject).toBe("Reset your Partner Portal password");
    expect(rendered.html).toMatch(/^<!DOCTYPE html/);
    expect(rendered.html).toContain("Dana &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(rendered.html).not.toContain("<script>");
    expect(rendered.html).toContain(`href="https://partners.example.com/reset-password?token=abc-123&amp;lang=en"`);
    expect(rendered.html).toContain("expires in <!-- -->45<!-- --> minutes");

    expect(rendered.text).toContain(`Hello ${hostileName},`);
    expect(rendered.text).toContain(`Choose a new password: ${resetUrl}`);
    expect(rendered.text).toMatch(/^Reset your password\n/);
    // Plain text, not markup: the user's data appears as typed, and none of the message's own tags or entities remain.
    expect(rendered.text).not.toMatch(/<(p|a|table|td|h1)\b|&lt;|&amp;/);
  });

  it("tell a denied applicant the reason, the way to apply again and whom to ask", async () => {
    const rendered = await renderEmail("applicationDenied", {
      name: "Priya",
      companyName: "Fabrikam",
      reason: "No website & no phone.",
      statusUrl: "https://portal.example/application",
      helpDeskEmail: "help@example.com",
    });
    expect(rendered.subject).toBe("Your partner application for Fabrikam");
    expect(rendered.html).toContain("No website &amp; no phone.");
    expect(rendered.text).toContain("No website & no phone.");
    // The way back after a denial: re-applying from the status page, and whom to ask.
    expect(rendered.text).toContain("apply again from your application's page");
    expect(rendered.text).toContain("Open your application: https://portal.example/application");
    expect(rendered.text).toContain("help@example.com");
  });

  it("list every digest item and count them in the subject", async () => {
    const rendered = await renderEmail("notificationDigest", {
      name: "Dana",
      items: [
        { title: "New NFR request", body: "10 Ultimate licenses." },
        { title: "Award case overdue", body: "Past its 7-day deadline." },
      ],
      url: "https://partners.example.com/notifications",
    });
    expect(rendered.subject).toBe("Your daily Partner Portal summary: 2 notifications");
    expect(rendered.text).toContain("New NFR request — 10 Ultimate licenses.");
    expect(rendered.text).toContain("Award case overdue — Past its 7-day deadline.");
    expect(rendered.text).toContain("See all notifications: https://partners.example.com/notifications");
    expect(rendered.html).toContain("<strong>Award case overdue</strong>");
  });

  it.each(Object.keys(emailTemplates) as EmailTemplateName[])("%s renders its sample to a subject, HTML and text", async (name) => {
    const { sample } = emailTemplates[name];
    const rendered = await renderEmail(name, sample as never);
    expect(rendered.subject.length).toBeGreaterThan(0);
    expect(rendered.html).toContain("</html>");
    expect(rendered.text).toContain("Partner Portal");
    for (const value of Object.values(sample)) {
      if (typeof value === "string" && value.startsWith("https://")) {
        expect(rendered.html).toContain(`href="${value}"`);
        expect(rendered.text).toContain(value);
      }
    }
  });

  it("are rendered into the outbox row when a message is queued", async () => {
    const id = await prisma.$transaction((tx) =>
      enqueueEmail(tx, { to: "dana@partner.example", template: "passwordReset", data: { name: hostileName, resetUrl, expiresInMinutes: 60 } }),
    );
    const row = await prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ template: "passwordReset", subject: "Reset your Partner Portal password", status: "PENDING" });
    expect(row.html).toContain("Dana &lt;script&gt;");
    expect(row.text).toContain(`Choose a new password: ${resetUrl}`);
  });

  it("render the same in a process started with the react-server condition, as the job worker is", async () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const script = `
      const { renderEmail } = await import("./src/server/mail/render-email.ts");
      const rendered = await renderEmail("passwordReset", ${JSON.stringify({ name: hostileName, resetUrl, expiresInMinutes: 45 })});
      process.stdout.write(JSON.stringify(rendered));`;
    const { stdout } = await promisify(execFile)(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "--input-type=module", "--eval", script],
      {
        cwd: root,
        timeout: 60_000,
      },
    );
    const inWorker = JSON.parse(stdout) as { subject: string; html: string; text: string };
    const inProcess = await renderEmail("passwordReset", { name: hostileName, resetUrl, expiresInMinutes: 45 });
    expect(inWorker).toEqual(inProcess);
  });
});
