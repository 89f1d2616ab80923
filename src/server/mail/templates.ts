// Every message the portal sends, as a function of its data to subject, HTML and plain text.
const PRODUCT_NAME = "Partner Portal";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): Omit<RenderedEmail, "subject"> {
  const htmlParagraphs = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
  const htmlAction = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#111827;max-width:560px">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${htmlParagraphs}
${htmlAction}
<p style="color:#6b7280;font-size:12px">${PRODUCT_NAME}</p>
</body></html>`;
  const text = [title, "", ...paragraphs, ...(action ? ["", `${action.label}: ${action.url}`] : []), "", `— ${PRODUCT_NAME}`].join("\n");
  return { html, text };
}

export const emailTemplates = {
  passwordReset(data: { name: string; resetUrl: string; expiresInMinutes: number }): RenderedEmail {
    return {
      subject: "Reset your Partner Portal password",
      ...layout(
        "Reset your password",
        [
          `Hello ${data.name},`,
          `Someone asked to reset the password of your Partner Portal account. The link works once and expires in ${data.expiresInMinutes} minutes.`,
          "If it was not you, ignore this message: your password stays as it is.",
        ],
        { label: "Choose a new password", url: data.resetUrl },
      ),
    };
  },

  notification(data: { name: string; title: string; body: string; url: string }): RenderedEmail {
    return {
      subject: data.title,
      ...layout(
        data.title,
        [`Hello ${data.name},`, data.body, "You can change which notifications you get by email on your Notifications page."],
        { label: "Open in the portal", url: data.url },
      ),
    };
  },

  notificationDigest(data: { name: string; items: { title: string; body: string }[]; url: string }): RenderedEmail {
    const count = data.items.length;
    return {
      subject: `Your daily Partner Portal summary: ${count} ${count === 1 ? "notification" : "notifications"}`,
      ...layout(
        "Your daily summary",
        [`Hello ${data.name},`, `${count} ${count === 1 ? "notification" : "notifications"} from the last day:`, ...data.items.map((item) => `${item.title} — ${item.body}`)],
        { label: "See all notifications", url: data.url },
      ),
    };
  },
  applicationEmailVerification(data: { name: string; companyName: string; verifyUrl: string; expiresInHours: number }): RenderedEmail {
    return {
      subject: "Confirm your email to continue your partner application",
      ...layout(
        "Confirm your email address",
        [
          `Hello ${data.name},`,
          `You started a partner application for ${data.companyName}. Confirm this address to submit it; the link also brings you back to your application.`,
          `The link works once and expires in ${data.expiresInHours} hours. If you did not apply, ignore this message.`,
        ],
        { label: "Confirm my email", url: data.verifyUrl },
      ),
    };
  },

  applicationReceived(data: { name: string; companyName: string; statusUrl: string }): RenderedEmail {
    return {
      subject: `We received the partner application of ${data.companyName}`,
      ...layout(
        "Your application is in",
        [
          `Hello ${data.name},`,
          `Thank you for applying to the partner program on behalf of ${data.companyName}. The Partner Help Desk reviews applications every week.`,
          "Sign in at any time to see where your application stands.",
        ],
        { label: "See my application", url: data.statusUrl },
      ),
    };
  },

  partnerWelcome(data: { name: string; companyName: string; signInUrl: string; camName: string; camEmail: string }): RenderedEmail {
    return {
      subject: `Welcome to the partner program, ${data.companyName}`,
      ...layout(
        "Your company is an authorized partner",
        [
          `Hello ${data.name},`,
          `${data.companyName} is now an authorized partner, and you are its portal admin: you can invite colleagues, keep the company profile current and accept agreements.`,
          `Your Channel Account Manager is ${data.camName} (${data.camEmail}).`,
        ],
        { label: "Sign in to the portal", url: data.signInUrl },
      ),
    };
  },

  applicationDenied(data: { name: string; companyName: string; reason: string }): RenderedEmail {
    return {
      subject: `Your partner application for ${data.companyName}`,
      ...layout("About your partner application", [
        `Hello ${data.name},`,
        `Thank you for applying to the partner program. We cannot accept the application of ${data.companyName} at this time, for this reason:`,
        data.reason,
        "If your situation changes, reply to this message and the Partner Help Desk will take another look.",
      ]),
    };
  },

  newPartnerCamNotice(data: { camName: string; companyName: string; region: string; tracks: string[]; partnerUrl: string }): RenderedEmail {
    return {
      subject: `New partner in your region: ${data.companyName}`,
      ...layout(
        "A new partner account is yours",
        [
          `Hello ${data.camName},`,
          `The Partner Help Desk approved ${data.companyName} (${data.region}; tracks: ${data.tracks.join(", ")}) and assigned you as its Channel Account Manager.`,
          "Reach out to welcome them and flag any alliance or contract questions.",
        ],
        { label: "Open the account", url: data.partnerUrl },
      ),
    };
  },

  partnerInvitation(data: { companyName: string; inviterName: string; roleLabel: string; acceptUrl: string; expiresInDays: number }): RenderedEmail {
    return {
      subject: `${data.inviterName} invited you to the ${data.companyName} partner portal`,
      ...layout(
        `Join ${data.companyName} on the Partner Portal`,
        [
          `${data.inviterName} invited you to join ${data.companyName} as a ${data.roleLabel}.`,
          `The link works once and expires in ${data.expiresInDays} days.`,
        ],
        { label: "Accept the invitation", url: data.acceptUrl },
      ),
    };
  },
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<T extends EmailTemplateName> = Parameters<(typeof emailTemplates)[T]>[0];
