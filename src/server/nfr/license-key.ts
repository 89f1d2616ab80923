import "server-only";
import { randomInt } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a key read aloud or retyped from an email is not mistaken.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** An unguessable license key: 25 random characters (125 bits) in five groups of five. */
export function newLicenseKey(): string {
  const characters = Array.from({ length: 25 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10, 15, 20].map((start) => characters.slice(start, start + 5).join("")).join("-");
}
