import type { ReactElement } from "react";

/**
 * One message type: its subject line and its body as a React component, both from the same typed data, and a sample
 * of that data for the preview page (/admin/emails/templates) and the test that renders every template.
 */
export interface EmailTemplate<Data> {
  subject: (data: Data) => string;
  Email: (data: Data) => ReactElement;
  sample: Data;
}

export function defineEmailTemplate<Data>(template: EmailTemplate<Data>): EmailTemplate<Data> {
  return template;
}
