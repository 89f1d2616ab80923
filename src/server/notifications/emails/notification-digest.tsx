import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

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
  sample: {
    name: "Dana Reyes",
    items: [
      { title: "New NFR request from Northwind Cloud Partners", body: "10 Ultimate licenses, new request." },
      { title: "Award case overdue", body: "The PSP award for Contoso Consulting is past its 7-day deadline." },
    ],
    url: "https://partners.example.com/notifications",
  },
});
