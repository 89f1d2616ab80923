// Browsers drop tabs and line breaks from a URL and read a backslash as a slash, so "/\evil.example" and
// "/<tab>/evil.example" both mean "//evil.example", another site. A path with any of them is refused outright.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;
const BASE = "http://portal.invalid";

/** A path on this site to go to after signing in, or "/" for anything else (another origin, a scheme, junk). */
export function sameOriginPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || UNSAFE_CHARACTERS.test(value)) return "/";
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}
