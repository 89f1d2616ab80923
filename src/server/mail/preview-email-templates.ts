import "server-only";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { emailTemplates, type EmailTemplateName, type RenderedEmail } from "@/server/mail/templates";
import { EMAIL_TEMPLATE_SAMPLES } from "@/server/mail/template-samples";

/** Every template rendered with its example data, as recipients would see it. */
export function previewEmailTemplates(user: SessionUser): { name: EmailTemplateName; rendered: RenderedEmail }[] {
  authorize(user, ["ADMIN"]);
  return (Object.keys(emailTemplates) as EmailTemplateName[]).map((name) => {
    const render = emailTemplates[name] as (data: (typeof EMAIL_TEMPLATE_SAMPLES)[typeof name]) => RenderedEmail;
    return { name, rendered: render(EMAIL_TEMPLATE_SAMPLES[name]) };
  });
}
