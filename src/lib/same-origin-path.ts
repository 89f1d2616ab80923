import { hasControlCharacters } from "@/lib/control-characters";

// Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so "/\evil.example" and
// "/<tab>/evil.example" both mean "//evil.example", another site. A path with any of them is refused outright.

const BASE = "http://portal.invalid";

/** A path on this site to go to after signing in, or "/" for anything else (another origin, a scheme, junk). */
export function sameOriginPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\") || hasControlCharacters(value)) return "/";
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
