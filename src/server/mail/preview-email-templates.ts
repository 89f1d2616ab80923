import "server-only";
import type { SessionUser } from "@/server/auth/policy";
import { emailTemplates, type EmailTemplateData, type EmailTemplateName, type RenderedEmail } from "@/server/mail/templates";
import { renderEmail } from "@/server/mail/render-email";

/** Every template rendered with its example data, as recipients would see it. */
export async function previewEmailTemplates(user: SessionUser): Promise<{ name: EmailTemplateName; rendered: RenderedEmail }[]> {
  const names = Object.keys(emailTemplates) as EmailTemplateName[];
  return Promise.all(names.map(async (name) => ({ name, rendered: await renderSample(name) })));
}

function renderSample<T extends EmailTemplateName>(name: T): Promise<RenderedEmail> {
  return renderEmail(name, emailTemplates[name].sample as EmailTemplateData<T>);
}
