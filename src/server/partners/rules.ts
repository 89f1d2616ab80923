// Partner rules shared by the partner profile and the application that creates the partner, as pure functions.
import "server-only";

/**
 * The company's domain from its website, for the one-application-per-company rule:
 * scheme, "www.", port, path and case do not make a different company.
 */
export function websiteDomainOf(website: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`;
  return new URL(withScheme).hostname.toLowerCase().replace(/^www\./, "");
}
