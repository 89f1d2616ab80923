import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

export const MAIL_FROM = process.env.MAIL_FROM ?? "Partner Portal <no-reply@partner-portal.local>";

/** The SMTP transport from SMTP_URL, or null: without one, messages are captured for /admin/emails instead of sent. */
export function createMailTransport(smtpUrl = process.env.SMTP_URL): Transporter | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}
