import { defineEmailTemplate } from "./define-template";
import { EmailLayout, Paragraph } from "./layout";

export interface NotificationDigestData {
  name: string;
  items: { title: string; body: string }[];
  url: string;
}

const notifications = (count: number) => `${count} ${count === 1 ? "notification" : "notifications"}`;

export const notificationDigest = defineEmailTemplate<NotificationDigestData>({
  subject: ({ items }) => `Your daily Partner Portal summary: ${notifications(items.length)}`,
  Email: ({ name, items, url }) => (
    <EmailLayout title="Your daily summary" action={{ label: "See all notifications", url }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>{notifications(items.length)} from the last day:</Paragraph>
      {items.map((item, index) => (
        <Paragraph key={index}>
          <strong>{item.title}</strong> — {item.body}
        </Paragraph>
      ))}
    </EmailLayout>
  ),
});
