import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

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
  sample: {
    name: "Dana Reyes",
    title: "New NFR request from Northwind Cloud Partners",
    body: "10 Ultimate licenses, new request. Review it in the NFR queue.",
    url: "https://partners.example.com/notifications",
  },
});
