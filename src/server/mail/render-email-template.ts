// No "server-only" here: this module also runs in the rendering thread (render-email-thread.ts), outside the
// react-server condition, where "server-only" would refuse to load. It holds no secrets and touches no data.
import { createElement, type FunctionComponent } from "react";
import { render, toPlainText } from "@react-email/render";
import { emailTemplates, type EmailTemplateData, type EmailTemplateName, type RenderedEmail } from "./templates";
import type { EmailTemplate } from "./templates/define-template";

type PlainTextOptions = NonNullable<Parameters<typeof toPlainText>[1]>;

// The parts of html-to-text's formatter interface used here (the package ships no types of its own).
interface TextBuilder {
  openBlock(options: { leadingLineBreaks: number }): void;
  addInline(text: string, options: { noWordTransform: boolean }): void;
  closeBlock(options: { trailingLineBreaks: number }): void;
}

/** The call to action on a line of its own as "Label: URL", so a reader of the text part finds the link at once. */
function formatAction(elem: { children: unknown[]; attribs: { href: string } }, walk: (nodes: unknown[], builder: TextBuilder) => void, builder: TextBuilder) {
  builder.openBlock({ leadingLineBreaks: 2 });
  walk(elem.children, builder);
  builder.addInline(`: ${elem.attribs.href}`, { noWordTransform: true });
  builder.closeBlock({ trailingLineBreaks: 2 });
}

const PLAIN_TEXT_OPTIONS: PlainTextOptions = {
  formatters: { action: formatAction },
  selectors: [
    { selector: 'a[data-text-format="action"]', format: "action" },
    // Headings keep their case: the title reads as written, not shouted.
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
};

/** Renders one template with its data to subject, HTML and plain text (the text is derived from the same HTML). */
export async function renderEmailTemplate<T extends EmailTemplateName>(name: T, data: EmailTemplateData<T>): Promise<RenderedEmail> {
  const template = emailTemplates[name] as unknown as EmailTemplate<EmailTemplateData<T>>;
  const html = await render(createElement(template.Email as FunctionComponent<object>, data as object));
  return { subject: template.subject(data), html, text: toPlainText(html, PLAIN_TEXT_OPTIONS) };
}
