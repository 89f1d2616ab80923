import type { ReactNode } from "react";
import { Body, Button, Container, Head, Heading, Hr, Html, Section, Text } from "@react-email/components";

export const PRODUCT_NAME = "Partner Portal";

const styles = {
  body: { backgroundColor: "#ffffff", color: "#111827", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif" },
  container: { maxWidth: "560px", padding: "24px 16px" },
  heading: { fontSize: "20px", fontWeight: 600, margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  button: { backgroundColor: "#1d4ed8", borderRadius: "6px", color: "#ffffff", fontSize: "15px", padding: "10px 16px" },
  footer: { color: "#6b7280", fontSize: "12px", margin: "0" },
};

/** A paragraph of the message. */
export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

/**
 * The frame every message shares: heading, paragraphs, the call to action (every message leads somewhere) and the footer.
 * The action carries data-text-format="action" so the plain-text part spells it "Label: URL" (see render-email-template.ts).
 */
export function EmailLayout({ title, action, children }: { title: string; action: { label: string; url: string }; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={styles.heading}>
            {title}
          </Heading>
          {children}
          <Section style={{ margin: "8px 0 24px" }}>
            <Button href={action.url} style={styles.button} data-text-format="action">
              {action.label}
            </Button>
          </Section>
          <Hr />
          <Text style={styles.footer}>{PRODUCT_NAME}</Text>
        </Container>
      </Body>
    </Html>
  );
}
