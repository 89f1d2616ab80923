import "server-only";
import { emailTemplates, type EmailTemplateData, type EmailTemplateName, type RenderedEmail } from "@/server/mail/templates";
import { renderEmail } from "@/server/mail/render-email";

/** Every template rendered with its example data, as recipients would see it. */
export async function previewEmailTemplates(): Promise<{ name: EmailTemplateName; rendered: RenderedEmail }[]> {
  const names = Object.keys(emailTemplates) as EmailTemplateName[];
  return Promise.all(names.map(async (name) => ({ name, rendered: await renderSample(name) })));
}

function renderSample<T extends EmailTemplateName>(name: T): Promise<RenderedEmail> {
  return renderEmail(name, emailTemplates[name].sample as EmailTemplateData<T>);
}
