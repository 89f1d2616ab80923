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
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<T extends EmailTemplateName> = Parameters<(typeof emailTemplates)[T]>[0];
