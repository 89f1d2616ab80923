import "server-only";

// Neither DOMAIN.md nor the program settings name a desk address per region, so the portal has one, set by
// HELP_DESK_EMAIL. It is shown where a person has no one else to ask: a denied applicant, a deactivated account.
const DEFAULT_HELP_DESK_EMAIL = "partner-help-desk@example.com";

/** The Partner Help Desk's address, as partners and applicants are told to write to it. */
export function getHelpDeskEmail(): string {
  return process.env.HELP_DESK_EMAIL?.trim() || DEFAULT_HELP_DESK_EMAIL;
}
