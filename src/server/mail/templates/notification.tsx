import { defineEmailTemplate } from "./define-template";
import { EmailLayout, Paragraph } from "./layout";

export interface NotificationData {
  name: string;
  title: string;
  body: string;
  url: string;
}

export const notification = defineEmailTemplate<NotificationData>({
  subject: ({ title }) => title,
  Email: ({ name, title, body, url }) => (
    <EmailLayout title={title} action={{ label: "Open in the portal", url }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>{body}</Paragraph>
      <Paragraph>You can change which notifications you get by email on your Notifications page.</Paragraph>
    </EmailLayout>
  ),
});
