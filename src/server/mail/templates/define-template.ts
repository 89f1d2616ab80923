import type { ReactElement } from "react";

/** One message type: its subject line and its body as a React component, both from the same typed data. */
export interface EmailTemplate<Data> {
  subject: (data: Data) => string;
  Email: (data: Data) => ReactElement;
}

export function defineEmailTemplate<Data>(template: EmailTemplate<Data>): EmailTemplate<Data> {
  return template;
}
