import "server-only";

/** The portal's public address, for links in emails. */
export function appUrl(path: string): string {
  const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
