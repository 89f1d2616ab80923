import "server-only";
import type { EmailTemplateData, EmailTemplateName, RenderedEmail } from "@/server/mail/templates";
import { renderEmailTemplate } from "@/server/mail/render-email-template";

/**
 * Whether this Node process was started with the react-server condition (the job worker is, so that "server-only"
 * imports resolve). Next's server is not: its react-server layer is a bundler setting, and @react-email/render
 * renders there as it does in tests and plain scripts.
 */
const REACT_SERVER_PROCESS = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => arg.includes("react-server"));

/** Renders a template with its data to subject, HTML and plain text, in whatever process the caller runs. */
export async function renderEmail<T extends EmailTemplateName>(name: T, data: EmailTemplateData<T>): Promise<RenderedEmail> {
  if (!REACT_SERVER_PROCESS) return renderEmailTemplate(name, data);
  // Kept out of Next's bundle: that process never takes this branch, and the thread's loader is for tsx only.
  const { renderEmailInThread } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "./render-email-in-thread");
  return renderEmailInThread(name, data);
}

/** In a react-server process, starts the rendering thread now rather than on the first message (the job worker calls it). */
export async function warmUpEmailRendering(): Promise<void> {
  if (!REACT_SERVER_PROCESS) return;
  const { startEmailRenderThread } = await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ "./render-email-in-thread");
  startEmailRenderThread();
}
